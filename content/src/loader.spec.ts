import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Document, parseDocument } from 'yaml';
import { ContentError, type ContentProblem, defaultDataDir, loadContent } from './loader';

// Each test breaks a fresh copy of the shipped data, so the fixtures stay realistic and small.
let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zet-content-'));
  fs.cpSync(defaultDataDir, dataDir, { recursive: true });
});

afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function editYaml(relativePath: string, change: (doc: Document) => void): void {
  const file = path.join(dataDir, relativePath);
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  change(doc);
  fs.writeFileSync(file, doc.toString());
}

function writeFile(relativePath: string, text: string): void {
  const file = path.join(dataDir, relativePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function loadError(): ContentError {
  try {
    loadContent(dataDir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected loadContent to throw a ContentError');
}

function problem(file: string, at: string, reason: string | RegExp): ContentProblem {
  return {
    file,
    path: at,
    reason: typeof reason === 'string' ? reason : (expect.stringMatching(reason) as string),
  };
}

const OLD = 'versions/passietool-2019';
const CURRENT = 'versions/zet-2025';

describe(loadContent.name, () => {
  it('loads the copied data when nothing is broken', () => {
    expect(() => loadContent(dataDir)).not.toThrow();
  });

  it('reports file, path and reason when a theme text is empty', () => {
    editYaml(`${OLD}/themes/beoordelen.yaml`, (doc) =>
      doc.setIn(['scenarios', 2, 'description'], '  '),
    );

    const error = loadError();

    expect(error.problems).toEqual([
      problem(`${OLD}/themes/beoordelen.yaml`, 'scenarios[2].description', /te kort/),
    ]);
    expect(error.message).toContain(
      `${OLD}/themes/beoordelen.yaml: scenarios[2].description: tekst is te kort`,
    );
  });

  it('reports every problem, not only the first, when several files are broken', () => {
    editYaml('framework/instruments.yaml', (doc) =>
      doc.setIn(['instruments', 0, 'cultureElements', 0], 'geen-element'),
    );
    editYaml(`${OLD}/themes/visie.yaml`, (doc) => doc.set('kleur', 'blauw'));
    editYaml(`${OLD}/themes/gespreid-leiderschap.yaml`, (doc) => doc.set('domain', 'leiderschap'));
    editYaml(`${OLD}/version.yaml`, (doc) => doc.addIn(['themes'], 'spookthema'));
    editYaml(`${CURRENT}/version.yaml`, (doc) => {
      doc.deleteIn(['predecessorMapping', 'beoordelen']);
      doc.setIn(['predecessorMapping', 'visie'], 'visie-en-missie');
    });
    fs.copyFileSync(
      path.join(dataDir, `${OLD}/themes/beoordelen.yaml`),
      path.join(dataDir, `${OLD}/themes/los-thema.yaml`),
    );

    const { problems } = loadError();

    expect(problems).toEqual(
      expect.arrayContaining([
        problem(
          'framework/instruments.yaml',
          'instruments[0].cultureElements[0]',
          /"geen-element" komt niet voor in cultureElements/,
        ),
        problem(`${OLD}/themes/visie.yaml`, 'kleur', 'onbekend veld'),
        problem(
          `${OLD}/themes/gespreid-leiderschap.yaml`,
          'domain',
          /"leiderschap" komt niet voor in domains/,
        ),
        problem(`${OLD}/version.yaml`, 'themes[11]', /spookthema\.yaml/),
        problem(`${OLD}/themes/los-thema.yaml`, '(root)', /staat niet in/),
        problem(`${OLD}/themes/los-thema.yaml`, 'code', /bestandsnaam/),
        problem(
          `${CURRENT}/version.yaml`,
          'predecessorMapping',
          /"beoordelen" van passietool-2019 is niet gekoppeld/,
        ),
        problem(
          `${CURRENT}/version.yaml`,
          'predecessorMapping',
          /"spookthema" van passietool-2019 is niet gekoppeld/,
        ),
        problem(
          `${CURRENT}/version.yaml`,
          'predecessorMapping.visie',
          /"visie-en-missie" is geen thema van zet-2025/,
        ),
      ]),
    );
  });

  it('reports the line and column when a file is not valid YAML', () => {
    writeFile('framework/domains.yaml', 'domains:\n  - code: a\n   name: b\n');

    const { problems } = loadError();

    expect(problems).toContainEqual(
      problem(
        'framework/domains.yaml',
        expect.stringMatching(/^regel \d+, kolom \d+$/) as string,
        /^YAML-fout/,
      ),
    );
  });

  it('reports a missing framework list when no file holds it', () => {
    fs.rmSync(path.join(dataDir, 'framework/roles.yaml'));

    expect(loadError().problems).toContainEqual(problem('framework', 'roles', /ontbreekt/));
  });

  it('reports a reflection card a step uses when the theme does not have it', () => {
    editYaml(`${OLD}/themes/regie-op-leren.yaml`, (doc) =>
      doc.set(
        'assignment',
        doc.createNode({
          goals: ['De groep heeft een gedeeld beeld van regie op leren.'],
          steps: [
            {
              phase: 'individueel',
              title: 'Eigen beeld',
              instructions: 'Iedereen schrijft eerst voor zichzelf op wat regie op leren betekent.',
              reflectionCards: ['kaart-die-er-niet-is'],
            },
          ],
        }),
      ),
    );

    expect(loadError().problems).toEqual([
      problem(
        `${OLD}/themes/regie-op-leren.yaml`,
        'assignment.steps[0].reflectionCards[0]',
        /"kaart-die-er-niet-is" komt niet voor in reflectionCards/,
      ),
    ]);
  });

  it('reports a repeated code at its code field when a framework list has it twice', () => {
    editYaml('framework/roles.yaml', (doc) =>
      doc.addIn(
        ['roles'],
        doc.createNode({ code: 'student', name: 'Nog een student', side: 'school' }),
      ),
    );

    expect(loadError().problems).toEqual([
      problem(
        'framework/roles.yaml',
        'roles[12].code',
        /"student" komt dubbel voor \(ook op roles\[7\]\)/,
      ),
    ]);
  });

  it('reports an older version as a dead end when no version names it as predecessor', () => {
    editYaml(`${CURRENT}/version.yaml`, (doc) => {
      doc.set('predecessor', null);
      doc.set('predecessorMapping', doc.createNode({}));
    });

    expect(loadError().problems).toEqual([
      problem(`${OLD}/version.yaml`, '(root)', /leiden niet naar de huidige versie zet-2025/),
    ]);
  });

  it('follows predecessorMapping over several versions when a newer version renames a theme', () => {
    // zet-2026: a copy of zet-2025 in which onderzoekende-houding became "onderzoek".
    const oldCodes = [...(loadContent(dataDir).versions.get('zet-2025')?.themes.keys() ?? [])];
    const next = 'versions/zet-2026';
    fs.cpSync(path.join(dataDir, CURRENT), path.join(dataDir, next), { recursive: true });
    fs.renameSync(
      path.join(dataDir, next, 'themes/onderzoekende-houding.yaml'),
      path.join(dataDir, next, 'themes/onderzoek.yaml'),
    );
    editYaml(`${next}/themes/onderzoek.yaml`, (doc) => doc.set('code', 'onderzoek'));
    const rename = (code: string) => (code === 'onderzoekende-houding' ? 'onderzoek' : code);
    editYaml(`${next}/version.yaml`, (doc) => {
      doc.set('id', 'zet-2026');
      doc.set('publishedOn', '2026-08-01');
      doc.set('predecessor', 'zet-2025');
      doc.set(
        'predecessorMapping',
        doc.createNode(Object.fromEntries(oldCodes.map((c) => [c, rename(c)]))),
      );
      doc.set('themes', doc.createNode(oldCodes.map(rename)));
    });

    const bundle = loadContent(dataDir);

    expect(bundle.currentVersionId).toBe('zet-2026');
    expect(bundle.canonicalThemeCode('passietool-2019', 'samen-onderzoeken')).toBe('onderzoek');
    expect(bundle.canonicalThemeCode('zet-2025', 'onderzoekende-houding')).toBe('onderzoek');
    expect(bundle.canonicalThemeCode('passietool-2019', 'contextrijke-leeromgeving')).toBe(
      'rijke-leeromgeving',
    );
    expect(bundle.canonicalThemeCode('zet-2026', 'visie')).toBe('visie');
  });

  it('throws a plain error when asked to canonicalise an unknown version or theme', () => {
    const bundle = loadContent(dataDir);

    expect(() => bundle.canonicalThemeCode('zet-1999', 'visie')).toThrow(/zet-1999/);
    expect(() => bundle.canonicalThemeCode('zet-2025', 'bestaat-niet')).toThrow(/bestaat-niet/);
  });

  it('reports the data dir itself when it does not exist', () => {
    const missing = path.join(dataDir, 'nergens');

    expect(() => loadContent(missing)).toThrow(ContentError);
    expect(() => loadContent(missing)).toThrow(/bestaat niet/);
  });
});
