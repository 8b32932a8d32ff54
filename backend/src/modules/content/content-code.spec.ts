import { codeFromTitle } from './content-code';

describe(codeFromTitle.name, () => {
  const none = new Set<string>();

  it('makes a code of lower-case letters, digits and dashes when the title has accents and punctuation', () => {
    expect(codeFromTitle('Wat zie je écht? Eén blik op ’t werk!', none, 'kaart')).toBe(
      'wat-zie-je-echt-een-blik-op-t-werk',
    );
  });

  it('adds a number when the code is taken', () => {
    const taken = new Set(['visie', 'visie-2']);
    expect(codeFromTitle('Visie', taken, 'kaart')).toBe('visie-3');
  });

  it('uses the fallback when the title has no letters or digits', () => {
    expect(codeFromTitle('?!', none, 'kaart')).toBe('kaart');
  });

  it('keeps long codes within 60 characters, also with a number', () => {
    const title = 'een heel lange titel '.repeat(10);
    const first = codeFromTitle(title, none, 'kaart');
    expect(first.length).toBeLessThanOrEqual(60);
    expect(first).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const second = codeFromTitle(title, new Set([first]), 'kaart');
    expect(second.length).toBeLessThanOrEqual(60);
    expect(second).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-2$/);
  });
});
