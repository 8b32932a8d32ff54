import type { TargetGroup as BaseTargetGroup } from '@zet/content';
import type { ContentDiffEntry, ContentOverride, PartnershipTargetGroup } from '@zet/contracts';
import type { OverrideRow, TargetGroupRow } from './adaptation.queries';
import type { ResolvedOverride } from './theme-adaptation';

export const mapOverride = (o: ResolvedOverride<OverrideRow>): ContentOverride => ({
  path: o.path,
  field: o.field,
  label: o.label,
  kind: o.kind,
  applied: o.applied,
  version: o.version,
  updatedAt: o.updated_at.toISOString(),
  updatedByName: o.updated_by_name,
});

/** Undefined for an override whose stored value no longer passes the content schema. */
export const mapDiffEntry = (o: ResolvedOverride<OverrideRow>): ContentDiffEntry | undefined =>
  o.partnership === null
    ? undefined
    : { ...mapOverride(o), base: o.base, partnership: o.partnership };

/** `base` is the ZET's own doelgroep with this code, when there is one. */
export const mapTargetGroup = (
  row: TargetGroupRow,
  base: BaseTargetGroup | undefined,
): PartnershipTargetGroup => ({
  id: row.id,
  code: row.code,
  name: row.name,
  description: row.description ?? base?.description ?? null,
  origin: base ? 'base' : 'partnership',
  archived: row.archived_at !== null,
});
