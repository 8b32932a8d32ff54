import { Injectable } from '@nestjs/common';
import type {
  CommonThread,
  CommonThreadList,
  CommonThreadListQuery,
  FollowedThreadList,
  MergeCommonThreadsInput,
  SuggestCommonThreadsInput,
  UpdateCommonThreadInput,
} from '@zet/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { badRequest, conflict, notFound } from '../../common/dutch-exceptions';
import {
  confirmedThreadYearRows,
  partnershipSchoolYears,
  placementPatternRows,
} from '../dashboards/dashboard.queries';
import { DashboardContent } from '../dashboards/dashboard-content';
import { placementLabel } from '../dashboards/safeguard-export';
import {
  cycleFindingRows,
  deleteUntouchedSuggestions,
  findCycle,
  insertSuggestions,
  keptThreadRows,
  lockCycleSuggestions,
  mergeThreads,
  type NewThread,
  type ThreadRow,
  threadRows,
  threadVersions,
  updateThread,
} from './common-threads.queries';
import {
  clusterFindings,
  type FindingCluster,
  type PlacementPattern,
  placementPatterns,
} from './finding-similarity';

const stale = () =>
  conflict(
    'Iemand anders heeft deze rode lijn intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
  );
const threadNotFound = () => notFound('Deze rode lijn bestaat niet (meer).');

const shorten = (text: string, max = 200) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/**
 * Rode lijnen: the system suggests, the programmaleider confirms (with a name), renames, merges
 * or dismisses; confirmed ones are followed over the years.
 */
@Injectable()
export class CommonThreadsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly content: DashboardContent,
  ) {}

  list(scope: PartnershipScope, query: CommonThreadListQuery): Promise<CommonThreadList> {
    return this.db.run(scope, async (db) => ({
      items: (
        await threadRows(db, scope.partnershipId, {
          schoolYear: query.schoolYear,
          status: query.status,
        })
      ).map((r) => this.map(r)),
    }));
  }

  /**
   * Recomputes one cycle's suggestions: untouched earlier suggestions are replaced; a cluster
   * whose findings all sit in a thread that was confirmed, dismissed or edited is not suggested
   * again, nor a placement pattern such a thread already names.
   */
  suggest(scope: PartnershipScope, input: SuggestCommonThreadsInput): Promise<CommonThreadList> {
    return this.db.run(scope, async (db) => {
      const { partnershipId } = scope;
      const cycle = await findCycle(db, partnershipId, input.schoolYear);
      if (!cycle)
        throw notFound(`Er is geen kwaliteitscyclus ${input.schoolYear} in dit partnerschap.`);
      await lockCycleSuggestions(db, cycle.id);
      await deleteUntouchedSuggestions(db, partnershipId, cycle.id);
      const kept = await keptThreadRows(db, partnershipId, cycle.id);
      const keptFindings = new Set(kept.flatMap((k) => k.finding_ids));
      const keptPatterns = new Set(kept.map((k) => `${k.pattern}|${k.theme_code}`));

      const findings = await cycleFindingRows(db, partnershipId, cycle.id);
      const clusters = clusterFindings(
        findings.map((f) => ({
          id: f.id,
          locationId: f.location_id,
          theme: f.theme,
          kind: f.kind,
          text: f.text,
          lexemes: f.lexemes,
        })),
      ).filter((c) => c.findings.some((f) => !keptFindings.has(f.id)));

      // Placement patterns look back over earlier years (a widening gap), up to this cycle.
      const yearsUpTo = (await partnershipSchoolYears(db, partnershipId)).filter(
        (y) => y <= input.schoolYear,
      );
      const patternRows = await placementPatternRows(db, {
        partnershipId,
        schoolYears: yearsUpTo,
        locationIds: null,
        targetGroupId: null,
        themeCodes: null,
      });
      const patterns = placementPatterns(patternRows, input.schoolYear).filter(
        (p) => !keptPatterns.has(`${p.pattern}|${p.theme}`),
      );

      const fresh: NewThread[] = [
        ...clusters.map((c) => this.findingSuggestion(c, input.schoolYear)),
        ...patterns.map((p) => this.placementSuggestion(p, input.schoolYear)),
      ];
      await insertSuggestions(db, partnershipId, cycle.id, fresh);
      return {
        items: (await threadRows(db, partnershipId, { schoolYear: input.schoolYear })).map((r) =>
          this.map(r),
        ),
      };
    });
  }

  update(
    scope: PartnershipScope,
    id: string,
    input: UpdateCommonThreadInput,
  ): Promise<CommonThread> {
    return this.db.run(scope, async (db) => {
      const [current] = await threadVersions(db, scope.partnershipId, [id]);
      if (!current) throw threadNotFound();
      if (current.version !== input.version) throw stale();
      if (
        input.status === 'confirmed' &&
        current.status !== 'confirmed' &&
        input.name === undefined
      ) {
        throw badRequest('Geef de rode lijn een naam als je hem bevestigt.', [
          { path: ['name'], message: 'Geef de rode lijn een naam.' },
        ]);
      }
      if (!(await updateThread(db, scope.partnershipId, id, input.version, input))) throw stale();
      return this.one(db, scope.partnershipId, id);
    });
  }

  merge(
    scope: PartnershipScope,
    targetId: string,
    input: MergeCommonThreadsInput,
  ): Promise<CommonThread> {
    return this.db.run(scope, async (db) => {
      const sourceIds = input.sources.map((s) => s.id);
      if (sourceIds.includes(targetId)) {
        throw badRequest('Een rode lijn kan niet met zichzelf worden samengevoegd.', [
          { path: ['sources'], message: 'Kies andere rode lijnen.' },
        ]);
      }
      const versions = await threadVersions(db, scope.partnershipId, [targetId, ...sourceIds]);
      const byId = new Map(versions.map((v) => [v.id, v]));
      const target = byId.get(targetId);
      if (!target) throw threadNotFound();
      const missing = input.sources.findIndex((s) => !byId.has(s.id));
      if (missing >= 0) throw notFound('Een van de gekozen rode lijnen bestaat niet (meer).');
      if (
        target.version !== input.version ||
        input.sources.some((s) => byId.get(s.id)!.version !== s.version)
      )
        throw stale();
      const otherKind = input.sources.findIndex((s) => byId.get(s.id)!.kind !== target.kind);
      if (otherKind >= 0) {
        throw badRequest(
          'Voeg alleen rode lijnen van dezelfde soort samen: bevindingen met bevindingen, plaatsingen met plaatsingen.',
          [{ path: ['sources', otherKind, 'id'], message: 'Andere soort rode lijn.' }],
        );
      }
      await mergeThreads(db, scope.partnershipId, targetId, sourceIds);
      if (
        !(await updateThread(db, scope.partnershipId, targetId, input.version, {
          name: input.name,
        }))
      )
        throw stale();
      return this.one(db, scope.partnershipId, targetId);
    });
  }

  /** Confirmed rode lijnen, per school year: linked findings and locaties, or the placement pattern's numbers. */
  followed(scope: PartnershipScope): Promise<FollowedThreadList> {
    return this.db.run(scope, async (db) => {
      const { partnershipId } = scope;
      const schoolYears = await partnershipSchoolYears(db, partnershipId);
      const threads = await threadRows(db, partnershipId, { status: 'confirmed' });
      const findingYears = await confirmedThreadYearRows(db, partnershipId);
      const placementThemes = [
        ...new Set(
          threads.filter((t) => t.kind === 'placement' && t.theme_code).map((t) => t.theme_code!),
        ),
      ];
      const patternRows = placementThemes.length
        ? await placementPatternRows(db, {
            partnershipId,
            schoolYears: null,
            locationIds: null,
            targetGroupId: null,
            themeCodes: placementThemes,
          })
        : [];
      const perThread = new Map(findingYears.map((r) => [`${r.thread_id}|${r.school_year}`, r]));
      const perTheme = new Map(patternRows.map((r) => [`${r.theme}|${r.school_year}`, r]));
      return {
        schoolYears,
        items: threads.map((t) => ({
          id: t.id,
          name: t.name,
          description: t.description,
          kind: t.kind,
          pattern: t.pattern,
          theme: t.theme_code ? this.content.themeRef(t.theme_code) : null,
          schoolYear: t.school_year,
          years: schoolYears.map((schoolYear) => {
            if (t.kind === 'finding') {
              const r = perThread.get(`${t.id}|${schoolYear}`);
              return {
                schoolYear,
                locations: r?.locations ?? 0,
                findings: r?.findings ?? 0,
                resultLocations: null,
                medianGap: null,
                medianCurrent: null,
              };
            }
            const r = t.theme_code ? perTheme.get(`${t.theme_code}|${schoolYear}`) : undefined;
            return {
              schoolYear,
              locations:
                (t.pattern === 'widening_gap' ? r?.gap_locations : r?.at_or_below_two) ?? 0,
              findings: null,
              resultLocations: r?.locations ?? 0,
              medianGap: r?.median_gap ?? null,
              medianCurrent: r?.median_current ?? null,
            };
          }),
        })),
      };
    });
  }

  private findingSuggestion(c: FindingCluster, schoolYear: string): NewThread {
    const kind = c.kind === 'strength' ? 'sterk punt' : 'ontwikkelpunt';
    const wordings = new Set(
      c.findings.map((f) => f.text.trim().toLowerCase().replace(/\s+/g, ' ')),
    );
    const wording = wordings.size > 1 ? 'in verschillende bewoordingen' : 'in dezelfde bewoording';
    return {
      id: randomUUID(),
      name: shorten(c.representative.text),
      description: `Dit ${kind} komt in ${schoolYear} terug bij ${c.locationIds.length} locaties (${c.findings.length} bevindingen) bij het thema ${this.content.themeRef(c.theme).name}, ${wording}.`,
      kind: 'finding',
      pattern: 'recurring_finding',
      themeCode: c.theme,
      findingIds: c.findings.map((f) => f.id),
    };
  }

  private placementSuggestion(p: PlacementPattern, schoolYear: string): NewThread {
    const theme = this.content.themeRef(p.theme).name;
    if (p.pattern === 'low_placement') {
      return {
        id: randomUUID(),
        name: shorten(`${theme}: de meeste locaties op of onder scenario 2`),
        description: `In ${schoolYear} plaatsten ${p.atOrBelowTwo} van de ${p.locations} locaties zich bij ${theme} op of onder scenario 2 (Commitment Samen Opleiden).`,
        kind: 'placement',
        pattern: 'low_placement',
        themeCode: p.theme,
        findingIds: [],
      };
    }
    return {
      id: randomUUID(),
      name: shorten(`${theme}: de afstand tussen nu en gewenst groeit`),
      description: `De mediane afstand tussen huidige en gewenste plaatsing bij ${theme} groeide: ${p.steps
        .map((s) => `${s.schoolYear} ${placementLabel(s.medianGap)} (n=${s.locations})`)
        .join(', ')}.`,
      kind: 'placement',
      pattern: 'widening_gap',
      themeCode: p.theme,
      findingIds: [],
    };
  }

  private async one(db: EntityManager, partnershipId: string, id: string): Promise<CommonThread> {
    const [row] = await threadRows(db, partnershipId, { ids: [id] });
    if (!row) throw threadNotFound();
    return this.map(row);
  }

  private map(r: ThreadRow): CommonThread {
    return {
      id: r.id,
      name: r.name,
      description: r.description,
      kind: r.kind,
      pattern: r.pattern,
      status: r.status,
      theme: r.theme_code ? this.content.themeRef(r.theme_code) : null,
      schoolYear: r.school_year,
      locations: r.locations,
      findings: r.findings.map((f) => ({
        id: f.id,
        kind: f.kind,
        text: f.text,
        theme: f.theme,
        schoolYear: f.school_year,
        location: f.location_id ? { id: f.location_id, name: f.location_name ?? '' } : null,
      })),
      version: r.version,
      updatedAt: r.updated_at.toISOString(),
    };
  }
}
