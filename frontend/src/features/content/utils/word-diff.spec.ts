import { describe, expect, it } from '@jest/globals';
import { adaptationText, diffWords, hasChanges, sideOf, tokenize } from './word-diff';

const join = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe(tokenize.name, () => {
  it('keeps words and the whitespace between them', () => {
    expect(tokenize('De  visie\nleeft.')).toEqual(['De', '  ', 'visie', '\n', 'leeft.']);
  });

  it('returns nothing for an empty text', () => {
    expect(tokenize('')).toEqual([]);
  });
});

describe(diffWords.name, () => {
  it('marks nothing when the texts are equal', () => {
    expect(diffWords('Samen opleiden', 'Samen opleiden')).toEqual([
      { kind: 'same', text: 'Samen opleiden' },
    ]);
  });

  it('marks a replaced word as removed then added, between the unchanged words', () => {
    expect(diffWords('Wij leiden samen op', 'Wij begeleiden samen op')).toEqual([
      { kind: 'same', text: 'Wij ' },
      { kind: 'removed', text: 'leiden' },
      { kind: 'added', text: 'begeleiden' },
      { kind: 'same', text: ' samen op' },
    ]);
  });

  it('reads a run of replaced words as one change, not word by word', () => {
    expect(diffWords('een visie op papier', 'een gedeeld kompas')).toEqual([
      { kind: 'same', text: 'een ' },
      { kind: 'removed', text: 'visie op papier' },
      { kind: 'added', text: 'gedeeld kompas' },
    ]);
  });

  it('marks words added at the end', () => {
    expect(diffWords('De visie', 'De visie leeft')).toEqual([
      { kind: 'same', text: 'De visie' },
      { kind: 'added', text: ' leeft' },
    ]);
  });

  it('rebuilds both texts exactly from their sides when words move around', () => {
    const before = 'Studenten, werkplekbegeleiders en opleiders praten samen over de visie.';
    const after = 'Opleiders en studenten praten elke maand samen over de visie van de school.';
    const parts = diffWords(before, after);
    expect(join(sideOf(parts, 'base'))).toBe(before);
    expect(join(sideOf(parts, 'partnership'))).toBe(after);
    expect(hasChanges(parts)).toBe(true);
  });

  it('does not keep a shared little word in the middle of a rewrite as unchanged', () => {
    expect(
      diffWords(
        'Het beoordelen van studenten is een lastige taak.',
        'Mijn eigen nieuwe versie van de inleiding.',
      ),
    ).toEqual([
      { kind: 'removed', text: 'Het beoordelen van studenten is een lastige taak.' },
      { kind: 'added', text: 'Mijn eigen nieuwe versie van de inleiding.' },
    ]);
  });

  it('keeps a short unchanged stretch between two small edits', () => {
    expect(diffWords('een kleine en mooie zin', 'een grote en mooie zin')).toEqual([
      { kind: 'same', text: 'een ' },
      { kind: 'removed', text: 'kleine' },
      { kind: 'added', text: 'grote' },
      { kind: 'same', text: ' en mooie zin' },
    ]);
  });

  it('treats everything as added when the base is empty', () => {
    expect(diffWords('', 'Nieuwe kaart')).toEqual([{ kind: 'added', text: 'Nieuwe kaart' }]);
  });
});

describe(adaptationText.name, () => {
  it('puts list items on their own lines', () => {
    expect(adaptationText(['Eén', 'Twee'])).toBe('• Eén\n• Twee');
  });

  it('writes a reflection card as title, insight and questions', () => {
    expect(
      adaptationText({ code: 'k', title: 'Titel', insight: 'Inzicht', questions: ['Vraag?'] }),
    ).toBe('Titel\n\nInzicht\n\n• Vraag?');
  });

  it('is empty for an addition without a base', () => {
    expect(adaptationText(null)).toBe('');
  });
});
