import type { ContentBundle, Framework, Instrument, Theme } from '@zet/content';
import type {
  CodeName,
  ContentVersionDetail,
  InstrumentList,
  InstrumentQuery,
  Katern,
  KaternInstrument,
} from '@zet/contracts';
import type { FieldError } from '../../common/problem';
import { contentMessages as m } from './content.messages';
import { mapContentVersion, mapThemeSummary } from './content.mappers';

/**
 * The katern's catalogue and theory shaped for the Thema's pages: pure functions of the loaded
 * content, so the frontend only renders.
 */

type Coded = { code: string; name: string };

/** `code` → `{ code, name }` from a list; a code the list lacks keeps its code as name. */
function namer(items: readonly Coded[]): (code: string) => CodeName {
  const names = new Map(items.map((i) => [i.code, i.name]));
  return (code) => ({ code, name: names.get(code) ?? code });
}

/** The filters that name something that does not exist, as field errors of the query. */
export function instrumentQueryProblems(
  framework: Framework,
  query: InstrumentQuery,
): FieldError[] {
  const problems: FieldError[] = [];
  const known = (items: readonly { code: string }[], code: string | undefined) =>
    code === undefined || items.some((i) => i.code === code);
  if (!known(framework.cultureElements, query.element))
    problems.push({ path: ['element'], message: m.unknownElement });
  if (!known(framework.roles, query.role))
    problems.push({ path: ['role'], message: m.unknownRole });
  if (!known(framework.guidanceGoals, query.goal))
    problems.push({ path: ['goal'], message: m.unknownGoal });
  return problems;
}

export function matchesInstrumentQuery(instrument: Instrument, query: InstrumentQuery): boolean {
  return (
    (query.element === undefined || instrument.cultureElements.includes(query.element)) &&
    (query.role === undefined || instrument.roles.includes(query.role)) &&
    (query.goal === undefined || instrument.goals.includes(query.goal))
  );
}

function mapInstrument(framework: Framework, instrument: Instrument): KaternInstrument {
  const element = namer(framework.cultureElements);
  const role = namer(framework.roles);
  const goal = namer(framework.guidanceGoals);
  return {
    code: instrument.code,
    name: instrument.name,
    origin: instrument.origin ?? null,
    developers: instrument.developers,
    initiator: instrument.initiator,
    targetGroup: instrument.targetGroup,
    description: instrument.description,
    cultureElements: instrument.cultureElements.map(element),
    roles: instrument.roles.map(role),
    goals: instrument.goals.map(goal),
  };
}

/** The instruments matching every given filter, in catalogue order, with the choices per filter. */
export function instrumentList(framework: Framework, query: InstrumentQuery): InstrumentList {
  const { instruments } = framework;
  const options = (items: readonly Coded[], has: (i: Instrument, code: string) => boolean) =>
    items
      .map((item) => ({
        code: item.code,
        name: item.name,
        count: instruments.filter((i) => has(i, item.code)).length,
      }))
      .filter((option) => option.count > 0);
  return {
    items: instruments
      .filter((i) => matchesInstrumentQuery(i, query))
      .map((i) => mapInstrument(framework, i)),
    total: instruments.length,
    filters: {
      cultureElements: options(framework.cultureElements, (i, code) =>
        i.cultureElements.includes(code),
      ),
      roles: options(framework.roles, (i, code) => i.roles.includes(code)),
      goals: options(framework.guidanceGoals, (i, code) => i.goals.includes(code)),
    },
  };
}

/** Elements, ch. 4 guidance, the Kwaliteitswaaier and the roles table; themes from `currentThemes`. */
export function katern(framework: Framework, currentThemes: readonly Theme[]): Katern {
  const role = namer(framework.roles);
  const theme = namer(currentThemes);
  const instrumentsWith = (has: (i: Instrument) => boolean) =>
    framework.instruments.filter(has).map((i) => ({ code: i.code, name: i.name }));
  return {
    notice: m.katernNotice,
    cultureElements: framework.cultureElements.map((e) => ({
      code: e.code,
      name: e.name,
      summary: e.summary,
      themes: currentThemes
        .filter((t) => t.cultureElements.includes(e.code))
        .map((t) => theme(t.code)),
      instruments: instrumentsWith((i) => i.cultureElements.includes(e.code)),
    })),
    guidanceGoals: framework.guidanceGoals.map((g) => ({
      code: g.code,
      name: g.name,
      summary: g.summary,
      audience: g.audience,
      roles: g.roles.map(role),
      themes: g.themes.map(theme),
      instruments: instrumentsWith((i) => i.goals.includes(g.code)),
    })),
    roleGuidance: framework.roles
      .map((r) => ({
        role: { code: r.code, name: r.name },
        goals: framework.guidanceGoals.filter((g) => g.roles.includes(r.code)).map((g) => g.code),
      }))
      .filter((r) => r.goals.length > 0),
    qualityFan: framework.qualityFan.map((v, i) => ({
      position: i + 1,
      code: v.code,
      name: v.name,
      summary: v.summary,
    })),
    roleNeeds: framework.roleNeeds.map((n) => ({
      role: role(n.role),
      toImprove: n.toImprove,
      toAccount: n.toAccount,
    })),
  };
}

/** One version: its themes (with where each continues), its predecessor's mapping and the guide. */
export function versionDetail(
  bundle: ContentBundle,
  versionId: string,
): ContentVersionDetail | undefined {
  const version = bundle.versions.get(versionId);
  if (!version) return undefined;
  const { manifest } = version;
  const predecessor =
    manifest.predecessor === null ? undefined : bundle.versions.get(manifest.predecessor);
  const themes = [...version.themes.values()];
  const here = namer(themes);
  return {
    version: mapContentVersion(manifest, versionId === bundle.currentVersionId),
    themes: themes.map((t) => ({
      ...mapThemeSummary(t),
      canonicalCode: bundle.canonicalThemeCode(versionId, t.code),
    })),
    predecessor: predecessor
      ? mapContentVersion(predecessor.manifest, predecessor.manifest.id === bundle.currentVersionId)
      : null,
    predecessorMapping: predecessor
      ? [...predecessor.themes.values()].flatMap((old) => {
          const to = manifest.predecessorMapping[old.code];
          return to === undefined
            ? []
            : [{ from: { code: old.code, name: old.name }, to: here(to) }];
        })
      : [],
    guide: manifest.guide ?? null,
  };
}
