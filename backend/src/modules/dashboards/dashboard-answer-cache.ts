import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { type PartnershipScope, seesWholePartnership } from '../../common/access/request-scope';

export type DashboardEndpoint =
  | 'trajectory'
  | 'coverage'
  | 'gaps'
  | 'ambitions'
  | 'transitions'
  | 'safeguards'
  | 'heatmap'
  | 'location'
  | 'role-perspectives';

/** At most this many answers, and about this many characters of JSON, per process. */
const MAX_ANSWERS = 2_000;
const MAX_JSON_CHARS = 64 * 1024 * 1024;

/**
 * What the caller may see, which is all a dashboard answer depends on besides the data and the
 * query: the whole partnership by name (programmaleider, stuurgroeplid), or only a set of own
 * locaties (a locatie-coördinator; open comparison is partnership data, so in the version).
 * Viewers with different visibility never share an answer.
 */
export function viewerKey(scope: PartnershipScope): string {
  if (seesWholePartnership(scope)) return 'whole';
  return `named:${[...new Set(scope.locationIds)].sort().join(',')}`;
}

/** JSON with object keys sorted and undefined left out, so equal queries give equal keys. */
export function normalisedQuery(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Dashboard answers of this process, keyed by partnership, data version, endpoint, query and
 * viewer. Recomputing costs 6–15 ms of database CPU per request (README "Benchmark"), and an
 * answer only changes when the partnership's data does: every such write raises the
 * partnership's version in the same transaction (database triggers), so a key with the version
 * read at the start of the request never returns an answer older than the data, whichever
 * process wrote. Entries of older versions are simply never asked for again and age out.
 * Answers are frozen: the same object serves several requests.
 */
@Injectable()
export class DashboardAnswerCache {
  private readonly answers = new LRUCache<string, object>({
    max: MAX_ANSWERS,
    maxSize: MAX_JSON_CHARS,
    sizeCalculation: (answer) => Math.max(1, JSON.stringify(answer).length),
  });

  key(parts: {
    partnershipId: string;
    version: string;
    endpoint: DashboardEndpoint;
    query: unknown;
    scope: PartnershipScope;
  }): string {
    return [
      parts.partnershipId,
      parts.version,
      parts.endpoint,
      viewerKey(parts.scope),
      normalisedQuery(parts.query),
    ].join('\u0000');
  }

  get<T extends object>(key: string): T | undefined {
    return this.answers.get(key) as T | undefined;
  }

  set(key: string, answer: object): void {
    this.answers.set(key, deepFreeze(answer));
  }

  get size(): number {
    return this.answers.size;
  }
}
