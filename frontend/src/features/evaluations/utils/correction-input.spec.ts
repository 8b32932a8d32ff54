import { describe, expect, it } from '@jest/globals';
import { buildDraft } from './capture-fixtures';
import { errorsByField, toCorrectionInput, validateCorrection } from './correction-input';

const ID_A = '11111111-1111-4111-8111-111111111111';
const NOTHING = 'Niets gewijzigd';

describe(toCorrectionInput.name, () => {
  it('sends only the fields that differ from the corrected version, with the reason', () => {
    const base = buildDraft({
      currentPlacement: 2,
      desiredPlacement: 3,
      findings: [{ key: ID_A, id: ID_A, kind: 'strength', text: 'Goed' }],
    });
    const draft = {
      ...base,
      currentPlacement: 1.5,
      findings: [...base.findings, { key: 'n1', kind: 'development' as const, text: 'Beter' }],
    };
    expect(toCorrectionInput(base, draft, 'Verkeerd overgenomen', 4)).toEqual({
      version: 4,
      reason: 'Verkeerd overgenomen',
      currentPlacement: 1.5,
      findings: [
        { id: ID_A, kind: 'strength', text: 'Goed' },
        { kind: 'development', text: 'Beter' },
      ],
    });
  });
});

describe(validateCorrection.name, () => {
  it('puts the contract message on the reason when the reason is missing', () => {
    const errors = validateCorrection({ version: 2, reason: '  ', currentPlacement: 2 }, NOTHING);
    expect(errors).toEqual({
      reason: 'Geef kort de reden van de correctie (minstens 5 tekens).',
    });
  });

  it('asks for a change when only a reason is given', () => {
    expect(validateCorrection({ version: 2, reason: 'Een goede reden' }, NOTHING)).toEqual({
      form: NOTHING,
    });
  });

  it('finds nothing wrong in a reasoned change', () => {
    expect(
      validateCorrection({ version: 2, reason: 'Een goede reden', desiredPlacement: 3 }, NOTHING),
    ).toEqual({});
  });
});

describe(errorsByField.name, () => {
  it('keys errors by their first path segment and sends unknown paths above the form', () => {
    expect(
      errorsByField([
        { path: ['findings', 0, 'text'], message: 'Een punt mag niet leeg zijn.' },
        { path: ['findings', 1, 'text'], message: 'Tweede melding' },
        { path: ['desiredPlacement'], message: 'De gewenste plaatsing ontbreekt.' },
        { path: [], message: 'Geef aan wat je wilt corrigeren.' },
      ]),
    ).toEqual({
      findings: 'Een punt mag niet leeg zijn.',
      desiredPlacement: 'De gewenste plaatsing ontbreekt.',
      form: 'Geef aan wat je wilt corrigeren.',
    });
  });
});
