import {
  escapeRegex,
  exportFileName,
  findRedactableColumn,
  isValidRowId,
  personPattern,
  sameName,
} from './redaction';

/** JavaScript's regex flavour agrees with PostgreSQL's for what these patterns use (lookaround, \s, classes). */
const toJs = (pattern: string) =>
  new RegExp(pattern.replaceAll('[[:alnum:]_]', '[\\p{L}\\p{N}_]'), 'giu');

describe(escapeRegex.name, () => {
  it('escapes every regex metacharacter when the name contains them', () => {
    expect(escapeRegex('A.B*(c)+[d]{2}?^$|\\')).toBe(
      'A\\.B\\*\\(c\\)\\+\\[d\\]\\{2\\}\\?\\^\\$\\|\\\\',
    );
  });
});

describe(personPattern.name, () => {
  const redact = (text: string, name = 'Jan de Vries', email = 'jan@school.nl') =>
    text.replace(toJs(personPattern(name, email)), '[naam verwijderd]');

  it('replaces the full name case-insensitively as a whole word', () => {
    expect(redact('Jan de Vries en JAN DE VRIES zeiden:')).toBe(
      '[naam verwijderd] en [naam verwijderd] zeiden:',
    );
  });

  it('leaves the name alone when it is part of a longer word', () => {
    expect(redact('Jan de Vriesland en xJan de Vries')).toBe('Jan de Vriesland en xJan de Vries');
  });

  it('matches across other white space between the parts of the name', () => {
    expect(redact('met Jan\nde  Vries')).toBe('met [naam verwijderd]');
  });

  it('replaces the e-mail address too', () => {
    expect(redact('Mail jan@school.nl.')).toBe('Mail [naam verwijderd].');
  });

  it('treats metacharacters in the name literally', () => {
    expect(redact('A.B. (jr) en AxBx (jr)', 'A.B. (jr)')).toBe('[naam verwijderd] en AxBx (jr)');
  });

  it('refuses to build a pattern that would match everything when name and address are empty', () => {
    expect(() => personPattern(' ', '')).toThrow();
  });
});

describe(sameName.name, () => {
  it('ignores surrounding and repeated white space but not case', () => {
    expect(sameName('  Jan  de Vries ', 'Jan de Vries')).toBe(true);
    expect(sameName('jan de vries', 'Jan de Vries')).toBe(false);
  });
});

describe(exportFileName.name, () => {
  it('reduces the name to plain ASCII for the header', () => {
    expect(exportFileName('Zoë van ’t Hoff-Çelik')).toBe(
      'persoonsgegevens-zoe-van-t-hoff-celik.json',
    );
    expect(exportFileName('"; rm -rf')).toBe('persoonsgegevens-rm-rf.json');
    expect(exportFileName('李')).toBe('persoonsgegevens-persoon.json');
  });
});

describe(findRedactableColumn.name, () => {
  it('knows only the listed columns', () => {
    expect(findRedactableColumn('finding', 'text')).toMatchObject({ type: 'text', idType: 'uuid' });
    expect(findRedactableColumn('audit_log', 'details')).toMatchObject({
      type: 'jsonb',
      idType: 'bigint',
    });
    expect(findRedactableColumn('app_user', 'password_hash')).toBeUndefined();
    expect(findRedactableColumn('finding; drop table finding', 'text')).toBeUndefined();
  });

  it('accepts only ids of the column’s kind', () => {
    const finding = findRedactableColumn('finding', 'text')!;
    expect(isValidRowId(finding, '6f1c2f5e-8c9a-4b8e-9d7a-1f2e3d4c5b6a')).toBe(true);
    expect(isValidRowId(finding, "1' or '1'='1")).toBe(false);
    expect(isValidRowId(findRedactableColumn('audit_log', 'details')!, '42')).toBe(true);
  });
});
