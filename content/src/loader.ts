import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import {
  type Framework,
  frameworkSchema,
  type Theme,
  themeSchema,
  type VersionManifest,
  versionManifestSchema,
} from './schemas';

/**
 * Loads the ZET content (see `schemas.ts` for the layout), validates every file and checks the
 * references between them. All problems are collected before anything is thrown, so one run of
 * `npm run validate -w content` shows everything a content editor has to fix.
 */

export type ContentProblem = {
  /** Path of the file relative to the data dir, with forward slashes. */
  file: string;
  /** Where inside the file, e.g. `scenarios[0].description`; `(root)` for the file as a whole. */
  path: string;
  reason: string;
};

export class ContentError extends Error {
  override readonly name = 'ContentError';

  constructor(
    readonly dataDir: string,
    readonly problems: readonly ContentProblem[],
  ) {
    super(
      [
        `ZET-inhoud in ${dataDir} is ongeldig (${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}):`,
        ...problems.map((p) => `  ${formatProblem(p)}`),
      ].join('\n'),
    );
  }
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.reason}`;
}

export type ContentVersion = {
  manifest: VersionManifest;
  /** Themes in the display order of the manifest. */
  themes: ReadonlyMap<string, Theme>;
};

export type ContentBundle = {
  dataDir: string;
  framework: Framework;
  /** Oldest first (by publishedOn). */
  versions: ReadonlyMap<string, ContentVersion>;
  /** The version with the latest publishedOn. */
  currentVersionId: string;
  /**
   * The theme of the current version that `themeCode` of `versionId` continues as, following the
   * predecessorMappings from version to version. Throws on an unknown version or theme.
   */
  canonicalThemeCode(versionId: string, themeCode: string): string;
};

/** `src/../data` and `dist/../data` are the same folder, so this works compiled and under jest. */
export const defaultDataDir = path.resolve(__dirname, '..', 'data');

const FRAMEWORK_DIR = 'framework';
const VERSIONS_DIR = 'versions';
const MANIFEST_FILE = 'version.yaml';
const THEMES_DIR = 'themes';
const ROOT_PATH = '(root)';

export function loadContent(dataDir: string = defaultDataDir): ContentBundle {
  const root = path.resolve(dataDir);
  const problems = new Problems();

  if (!isDirectory(root)) {
    problems.add('.', ROOT_PATH, `de datamap ${root} bestaat niet`);
    throw new ContentError(root, problems.list);
  }

  const framework = loadFramework(root, problems);
  const versions = loadVersions(root, problems);
  checkFramework(framework, problems);
  for (const version of versions.values()) checkVersion(version, versions, framework, problems);
  const history = checkHistory(versions, problems);
  checkGuidanceThemes(
    framework,
    history?.current ? versions.get(history.current) : undefined,
    problems,
  );

  if (problems.list.length > 0 || !history || !isComplete(framework)) {
    // Stable sort: a file's problems stay in the order they were found.
    const byFile = [...problems.list].sort((a, b) => a.file.localeCompare(b.file));
    throw new ContentError(root, byFile);
  }
  return buildBundle(root, framework, versions, history);
}

// ---------------------------------------------------------------------------------------------
// Reading and schema validation

class Problems {
  readonly list: ContentProblem[] = [];

  add(file: string, at: string | readonly PropertyKey[], reason: string): void {
    this.list.push({ file, path: typeof at === 'string' ? at : formatPath(at), reason });
  }

  addZodIssues(file: string, prefix: readonly PropertyKey[], error: z.ZodError): void {
    for (const issue of error.issues) {
      const at = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        // One problem per key, pointing at the key itself.
        for (const key of issue.keys) this.add(file, [...at, key], 'onbekend veld');
      } else if (issue.code === 'invalid_key') {
        const inner = issue.issues.map((i) => i.message).join('; ');
        this.add(file, at, `ongeldige sleutel: ${inner}`);
      } else {
        this.add(file, at, issue.message);
      }
    }
  }
}

export function formatPath(at: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of at) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_][\w-]*$/.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out === '' ? ROOT_PATH : out;
}

/** Dutch messages for the issues content editors meet most; the rest comes from zod's nl locale. */
const dutchLocale = z.locales.nl().localeError;
const errorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'ontbreekt';
    return `verwacht ${typeName(issue.expected)}, maar kreeg ${describeValue(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    return `verwacht een van: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return issue.exact
      ? `verwacht precies ${String(issue.minimum)} items`
      : `verwacht minstens ${String(issue.minimum)} ${issue.minimum === 1 ? 'item' : 'items'}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return issue.exact
      ? `verwacht precies ${String(issue.maximum)} items`
      : `verwacht hoogstens ${String(issue.maximum)} items`;
  }
  if (issue.code === 'invalid_format' && issue.format === 'date') {
    return 'geen geldige datum (verwacht JJJJ-MM-DD)';
  }
  return dutchLocale(issue);
};

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'een getal',
    int: 'een geheel getal',
    boolean: 'true of false',
    array: 'een lijst',
    object: 'een object (sleutels met waarden)',
    record: 'een object (sleutels met waarden)',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'string') return 'tekst';
  if (typeof value === 'number') return `het getal ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'een object';
  return typeof value;
}

function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(value, { error: errorMap });
}

function isDirectory(p: string): boolean {
  return fs.existsSync(p) && fs.statSync(p).isDirectory();
}

function yamlFilesIn(dir: string): string[] {
  if (!isDirectory(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** Parses one YAML file; reports syntax errors with their line and column. */
function readYaml(
  root: string,
  file: string,
  problems: Problems,
): { ok: true; value: unknown } | { ok: false } {
  const rel = relative(root, file);
  // prettyErrors fills in linePos; the position goes in the path, so the message drops it.
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = error.linePos?.[0];
      const where = pos ? `regel ${pos.line}, kolom ${pos.col}` : ROOT_PATH;
      const message = (error.message.split('\n')[0] ?? '').replace(
        / at line \d+, column \d+:?$/,
        '',
      );
      problems.add(rel, where, `YAML-fout (${error.code}): ${message}`);
    }
    return { ok: false };
  }
  return { ok: true, value: doc.toJS() };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type FrameworkKey = keyof Framework;
const frameworkKeys = Object.keys(frameworkSchema.shape) as FrameworkKey[];

/** Framework sections that passed their schema, and the file each came from. */
type PartialFramework = {
  sections: Partial<Framework>;
  fileOf: Partial<Record<FrameworkKey, string>>;
};

function loadFramework(root: string, problems: Problems): PartialFramework {
  const dir = path.join(root, FRAMEWORK_DIR);
  const result: PartialFramework = { sections: {}, fileOf: {} };
  const files = yamlFilesIn(dir);
  if (files.length === 0) {
    problems.add(FRAMEWORK_DIR, ROOT_PATH, 'map ontbreekt of bevat geen YAML-bestanden');
    return result;
  }

  const raw: Partial<Record<FrameworkKey, unknown>> = {};
  for (const name of files) {
    const file = path.join(dir, name);
    const rel = relative(root, file);
    const read = readYaml(root, file, problems);
    if (!read.ok) continue;
    if (!isPlainObject(read.value)) {
      problems.add(rel, ROOT_PATH, `verwacht onderdelen als ${frameworkKeys.join(', ')}`);
      continue;
    }
    for (const [key, value] of Object.entries(read.value)) {
      if (!isFrameworkKey(key)) {
        problems.add(
          rel,
          [key],
          `onbekend onderdeel; verwacht een van: ${frameworkKeys.join(', ')}`,
        );
      } else if (result.fileOf[key] !== undefined) {
        problems.add(rel, [key], `staat ook al in ${result.fileOf[key]}`);
      } else {
        result.fileOf[key] = rel;
        raw[key] = value;
      }
    }
  }

  for (const key of frameworkKeys) {
    const file = result.fileOf[key];
    // Sections with a default (e.g. instruments) may be absent; the others must be somewhere.
    const parsed = parseWith(frameworkSchema.shape[key], raw[key]);
    if (parsed.success) {
      (result.sections as Record<FrameworkKey, unknown>)[key] = parsed.data;
    } else if (file === undefined) {
      problems.add(
        FRAMEWORK_DIR,
        [key],
        'ontbreekt: geen enkel bestand in deze map bevat dit onderdeel',
      );
    } else {
      problems.addZodIssues(file, [key], parsed.error);
    }
  }
  return result;
}

function isFrameworkKey(key: string): key is FrameworkKey {
  return (frameworkKeys as string[]).includes(key);
}

function isComplete(
  framework: PartialFramework,
): framework is PartialFramework & { sections: Framework } {
  return frameworkKeys.every((key) => framework.sections[key] !== undefined);
}

type LoadedTheme = { file: string; theme: Theme };

type LoadedVersion = {
  id: string;
  dir: string;
  manifestFile: string;
  /** Undefined when version.yaml is missing or invalid (already reported). */
  manifest: VersionManifest | undefined;
  /** Every theme file by file code (name without extension), valid or not. */
  themeFiles: Map<string, string>;
  /** Themes that passed their schema, by file code. */
  themes: Map<string, LoadedTheme>;
};

function loadVersions(root: string, problems: Problems): Map<string, LoadedVersion> {
  const dir = path.join(root, VERSIONS_DIR);
  const versions = new Map<string, LoadedVersion>();
  const ids = isDirectory(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => isDirectory(path.join(dir, name)))
        .sort()
    : [];
  if (ids.length === 0) {
    problems.add(VERSIONS_DIR, ROOT_PATH, 'map ontbreekt of bevat geen versies');
    return versions;
  }

  for (const id of ids) {
    const versionDir = path.join(dir, id);
    const manifestPath = path.join(versionDir, MANIFEST_FILE);
    const version: LoadedVersion = {
      id,
      dir: relative(root, versionDir),
      manifestFile: relative(root, manifestPath),
      manifest: undefined,
      themeFiles: new Map(),
      themes: new Map(),
    };
    versions.set(id, version);

    if (!fs.existsSync(manifestPath)) {
      problems.add(version.manifestFile, ROOT_PATH, 'bestand ontbreekt');
    } else {
      const read = readYaml(root, manifestPath, problems);
      if (read.ok) {
        const parsed = parseWith(versionManifestSchema, read.value);
        if (parsed.success) version.manifest = parsed.data;
        else problems.addZodIssues(version.manifestFile, [], parsed.error);
      }
    }

    const themesDir = path.join(versionDir, THEMES_DIR);
    for (const name of yamlFilesIn(themesDir)) {
      const file = path.join(themesDir, name);
      const rel = relative(root, file);
      const fileCode = name.replace(/\.ya?ml$/, '');
      if (version.themeFiles.has(fileCode)) {
        problems.add(
          rel,
          ROOT_PATH,
          `thema ${fileCode} staat al in ${version.themeFiles.get(fileCode)}`,
        );
        continue;
      }
      version.themeFiles.set(fileCode, rel);
      const read = readYaml(root, file, problems);
      if (!read.ok) continue;
      const parsed = parseWith(themeSchema, read.value);
      if (parsed.success) version.themes.set(fileCode, { file: rel, theme: parsed.data });
      else problems.addZodIssues(rel, [], parsed.error);
    }
  }
  return versions;
}

// ---------------------------------------------------------------------------------------------
// Cross-checks

/**
 * Reports each repeated value at its own position; `field` names the property the values were
 * taken from (e.g. `code`), so the path points at it.
 */
function checkUnique(
  problems: Problems,
  file: string,
  at: readonly PropertyKey[],
  values: readonly (string | number)[],
  what: string,
  field?: string,
): void {
  const seen = new Map<string | number, number>();
  values.forEach((value, index) => {
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else {
      const where = field === undefined ? [...at, index] : [...at, index, field];
      problems.add(
        file,
        where,
        `${what} ${JSON.stringify(value)} komt dubbel voor (ook op ${formatPath([...at, first])})`,
      );
    }
  });
}

/** Reports each value of `values` that is not in `known`; `where` names the list it should be in. */
function checkKnown(
  problems: Problems,
  file: string,
  at: readonly PropertyKey[],
  values: readonly string[],
  known: ReadonlySet<string> | undefined,
  where: string,
): void {
  if (!known) return; // the list of known codes is itself broken and already reported
  values.forEach((value, index) => {
    if (!known.has(value))
      problems.add(file, [...at, index], `"${value}" komt niet voor in ${where}`);
  });
}

function codesOf(items: readonly { code: string }[] | undefined): Set<string> | undefined {
  return items ? new Set(items.map((item) => item.code)) : undefined;
}

/** `roles (framework/roles.yaml)`: names a framework list in a problem. */
function listName(framework: PartialFramework, key: FrameworkKey): string {
  const file = framework.fileOf[key];
  return file ? `${key} (${file})` : key;
}

function checkFramework(framework: PartialFramework, problems: Problems): void {
  const { sections: s, fileOf } = framework;
  const file = (key: FrameworkKey) => fileOf[key] ?? FRAMEWORK_DIR;

  const coded = [
    ['safeguards', 'waarborg'],
    ['domains', 'domein'],
    ['cultureElements', 'kwaliteitscultuur-element'],
    ['roles', 'rol'],
    ['targetGroups', 'doelgroep'],
    ['pdcaPhases', 'PDCA-fase'],
    ['imwrElements', 'IMWR-element'],
    ['instruments', 'instrument'],
    ['guidanceGoals', 'doel'],
    ['qualityFan', 'V'],
  ] as const;
  for (const [key, what] of coded) {
    const items = s[key];
    if (items)
      checkUnique(
        problems,
        file(key),
        [key],
        items.map((i) => i.code),
        `code van ${what}`,
        'code',
      );
  }

  if (s.scenarios) {
    checkUnique(
      problems,
      file('scenarios'),
      ['scenarios'],
      s.scenarios.map((sc) => sc.level),
      'niveau',
      'level',
    );
    const baselines = s.scenarios.filter((sc) => sc.baseline).length;
    if (baselines !== 1) {
      problems.add(
        file('scenarios'),
        ['scenarios'],
        `precies één scenario moet baseline zijn, nu ${baselines}`,
      );
    }
  }

  const roles = codesOf(s.roles);
  const elements = codesOf(s.cultureElements);
  const goals = codesOf(s.guidanceGoals);
  const inRoles = listName(framework, 'roles');

  s.instruments?.forEach((instrument, i) => {
    const at = ['instruments', i];
    const f = file('instruments');
    checkUnique(problems, f, [...at, 'cultureElements'], instrument.cultureElements, 'element');
    checkKnown(
      problems,
      f,
      [...at, 'cultureElements'],
      instrument.cultureElements,
      elements,
      listName(framework, 'cultureElements'),
    );
    checkUnique(problems, f, [...at, 'roles'], instrument.roles, 'rol');
    checkKnown(problems, f, [...at, 'roles'], instrument.roles, roles, inRoles);
    checkUnique(problems, f, [...at, 'goals'], instrument.goals, 'doel');
    checkKnown(
      problems,
      f,
      [...at, 'goals'],
      instrument.goals,
      goals,
      listName(framework, 'guidanceGoals'),
    );
  });

  if (s.guidanceGoals && s.instruments) {
    const used = new Set(s.instruments.flatMap((instrument) => instrument.goals));
    s.guidanceGoals.forEach((goal, i) => {
      checkKnown(
        problems,
        file('guidanceGoals'),
        ['guidanceGoals', i, 'roles'],
        goal.roles,
        roles,
        inRoles,
      );
      if (!used.has(goal.code)) {
        problems.add(
          file('guidanceGoals'),
          ['guidanceGoals', i],
          `geen instrument verwijst naar doel "${goal.code}"`,
        );
      }
    });
  }

  if (s.roleNeeds) {
    const f = file('roleNeeds');
    checkUnique(
      problems,
      f,
      ['roleNeeds'],
      s.roleNeeds.map((n) => n.role),
      'rol',
      'role',
    );
    s.roleNeeds.forEach((need, i) => {
      if (roles && !roles.has(need.role))
        problems.add(f, ['roleNeeds', i, 'role'], `"${need.role}" komt niet voor in ${inRoles}`);
    });
  }
}

function checkVersion(
  version: LoadedVersion,
  versions: ReadonlyMap<string, LoadedVersion>,
  framework: PartialFramework,
  problems: Problems,
): void {
  const { manifest, manifestFile } = version;
  const domains = codesOf(framework.sections.domains);
  const elements = codesOf(framework.sections.cultureElements);
  const listed = new Set(manifest?.themes ?? []);

  for (const [fileCode, { file, theme }] of version.themes) {
    if (theme.code !== fileCode) {
      problems.add(
        file,
        ['code'],
        `code "${theme.code}" hoort gelijk te zijn aan de bestandsnaam (${fileCode})`,
      );
    }
    if (domains && !domains.has(theme.domain)) {
      problems.add(
        file,
        ['domain'],
        `"${theme.domain}" komt niet voor in ${listName(framework, 'domains')}`,
      );
    }
    checkUnique(problems, file, ['safeguards'], theme.safeguards, 'waarborg');
    checkUnique(problems, file, ['cultureElements'], theme.cultureElements, 'element');
    checkKnown(
      problems,
      file,
      ['cultureElements'],
      theme.cultureElements,
      elements,
      listName(framework, 'cultureElements'),
    );

    theme.combinedVariantOf.forEach((code, i) => {
      if (code === theme.code)
        problems.add(
          file,
          ['combinedVariantOf', i],
          'een thema kan geen variant van zichzelf zijn',
        );
      else if (manifest && !listed.has(code)) {
        problems.add(
          file,
          ['combinedVariantOf', i],
          `"${code}" is geen thema van versie ${version.id}`,
        );
      }
    });

    checkUnique(
      problems,
      file,
      ['reflectionCards'],
      theme.reflectionCards.map((c) => c.code),
      'reflectiekaart',
      'code',
    );
    const cards = new Set(theme.reflectionCards.map((c) => c.code));
    theme.assignment?.steps.forEach((step, i) => {
      step.reflectionCards.forEach((code, j) => {
        if (!cards.has(code)) {
          problems.add(
            file,
            ['assignment', 'steps', i, 'reflectionCards', j],
            `"${code}" komt niet voor in reflectionCards van dit thema`,
          );
        }
      });
    });
    checkUnique(
      problems,
      file,
      ['scenarios'],
      theme.scenarios.map((sc) => sc.level),
      'scenarioniveau',
      'level',
    );
  }

  if (!manifest) return;
  if (manifest.id !== version.id) {
    problems.add(
      manifestFile,
      ['id'],
      `id "${manifest.id}" hoort gelijk te zijn aan de mapnaam (${version.id})`,
    );
  }
  checkUnique(problems, manifestFile, ['themes'], manifest.themes, 'thema');
  manifest.themes.forEach((code, i) => {
    if (!version.themeFiles.has(code)) {
      problems.add(
        manifestFile,
        ['themes', i],
        `geen bestand ${version.dir}/${THEMES_DIR}/${code}.yaml`,
      );
    }
  });
  for (const [fileCode, file] of version.themeFiles) {
    if (!listed.has(fileCode))
      problems.add(file, ROOT_PATH, `thema staat niet in ${manifestFile} (themes)`);
  }

  const mappingEntries = Object.entries(manifest.predecessorMapping);
  if (manifest.predecessor === null) {
    if (mappingEntries.length > 0) {
      problems.add(
        manifestFile,
        ['predecessorMapping'],
        'een versie zonder voorganger kan geen predecessorMapping hebben',
      );
    }
    return;
  }
  const predecessor = versions.get(manifest.predecessor);
  if (!predecessor) {
    problems.add(
      manifestFile,
      ['predecessor'],
      `"${manifest.predecessor}" komt niet voor in ${VERSIONS_DIR}/`,
    );
    return;
  }
  if (!predecessor.manifest) return; // its own problems are reported
  if (predecessor.manifest.publishedOn >= manifest.publishedOn) {
    problems.add(
      manifestFile,
      ['publishedOn'],
      `moet later zijn dan die van voorganger ${predecessor.id} (${predecessor.manifest.publishedOn})`,
    );
  }
  const oldThemes = new Set(predecessor.manifest.themes);
  for (const [oldCode, newCode] of mappingEntries) {
    if (!oldThemes.has(oldCode)) {
      problems.add(
        manifestFile,
        ['predecessorMapping', oldCode],
        `"${oldCode}" is geen thema van ${predecessor.id}`,
      );
    }
    if (!listed.has(newCode)) {
      problems.add(
        manifestFile,
        ['predecessorMapping', oldCode],
        `"${newCode}" is geen thema van ${version.id}`,
      );
    }
  }
  for (const oldCode of predecessor.manifest.themes) {
    if (!(oldCode in manifest.predecessorMapping)) {
      problems.add(
        manifestFile,
        ['predecessorMapping'],
        `thema "${oldCode}" van ${predecessor.id} is niet gekoppeld`,
      );
    }
  }
}

type History = {
  current: string;
  /** version id → the version that revised it. */
  successorOf: Map<string, string>;
};

/** Versions form one line from the first to the current version; returns undefined if they do not. */
function checkHistory(
  versions: ReadonlyMap<string, LoadedVersion>,
  problems: Problems,
): History | undefined {
  const manifests = [...versions.values()].flatMap((v) =>
    v.manifest ? [{ v, m: v.manifest }] : [],
  );
  if (manifests.length === 0 || manifests.length < versions.size) return undefined;

  const successorOf = new Map<string, string>();
  for (const { v, m } of manifests) {
    if (m.predecessor === null || !versions.has(m.predecessor)) continue;
    const other = successorOf.get(m.predecessor);
    if (other !== undefined) {
      problems.add(
        v.manifestFile,
        ['predecessor'],
        `${m.predecessor} is al de voorganger van ${other}`,
      );
      return undefined;
    }
    successorOf.set(m.predecessor, v.id);
  }

  const newest = [...manifests].sort((a, b) => b.m.publishedOn.localeCompare(a.m.publishedOn));
  const [first, second] = newest;
  if (!first) return undefined;
  if (second && second.m.publishedOn === first.m.publishedOn) {
    problems.add(
      first.v.manifestFile,
      ['publishedOn'],
      `zelfde datum als ${second.v.id}: de nieuwste versie is niet eenduidig`,
    );
    return undefined;
  }
  for (const { v } of manifests) {
    if (v.id !== first.v.id && !successorOf.has(v.id)) {
      problems.add(
        v.manifestFile,
        ROOT_PATH,
        `geen enkele versie heeft ${v.id} als voorganger, dus de thema's ervan leiden niet naar de huidige versie ${first.v.id}`,
      );
    }
  }
  return { current: first.v.id, successorOf };
}

function checkGuidanceThemes(
  framework: PartialFramework,
  current: LoadedVersion | undefined,
  problems: Problems,
): void {
  const goals = framework.sections.guidanceGoals;
  if (!goals || !current?.manifest) return;
  const themes = new Set(current.manifest.themes);
  const file = framework.fileOf.guidanceGoals ?? FRAMEWORK_DIR;
  goals.forEach((goal, i) =>
    checkKnown(
      problems,
      file,
      ['guidanceGoals', i, 'themes'],
      goal.themes,
      themes,
      `de thema's van ${current.id}`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// The bundle

function buildBundle(
  root: string,
  framework: { sections: Framework },
  loaded: ReadonlyMap<string, LoadedVersion>,
  history: History,
): ContentBundle {
  const versions = new Map<string, ContentVersion>();
  const ordered = [...loaded.values()].sort((a, b) =>
    requireManifest(a).publishedOn.localeCompare(requireManifest(b).publishedOn),
  );
  for (const version of ordered) {
    const manifest = requireManifest(version);
    const themes = new Map<string, Theme>();
    for (const code of manifest.themes) {
      const entry = version.themes.get(code);
      if (!entry) throw new Error(`theme ${code} of ${version.id} vanished after validation`);
      themes.set(code, entry.theme);
    }
    versions.set(version.id, { manifest, themes });
  }

  const canonicalThemeCode = (versionId: string, themeCode: string): string => {
    const start = versions.get(versionId);
    if (!start) throw new Error(`Onbekende inhoudsversie "${versionId}"`);
    if (!start.themes.has(themeCode))
      throw new Error(`Versie ${versionId} heeft geen thema "${themeCode}"`);
    let code = themeCode;
    for (
      let id = history.successorOf.get(versionId);
      id !== undefined;
      id = history.successorOf.get(id)
    ) {
      const next = versions.get(id)?.manifest.predecessorMapping[code];
      if (next === undefined) throw new Error(`Versie ${id} koppelt thema "${code}" niet`);
      code = next;
    }
    return code;
  };

  return {
    dataDir: root,
    framework: framework.sections,
    versions,
    currentVersionId: history.current,
    canonicalThemeCode,
  };
}

function requireManifest(version: LoadedVersion): VersionManifest {
  if (!version.manifest) throw new Error(`manifest of ${version.id} vanished after validation`);
  return version.manifest;
}
