import type { Cycle, Location, Partnership, TargetGroup } from '@zet/contracts';
import type { CycleEntity } from './cycle.entity';
import type { LocationEntity } from './location.entity';
import type { PartnershipEntity } from './partnership.entity';
import type { TargetGroupEntity } from './target-group.entity';

export const mapPartnership = (p: PartnershipEntity): Partnership => ({
  id: p.id,
  name: p.name,
  vision: p.vision,
  coreConcepts: p.coreConcepts,
  openComparison: p.openComparison,
  minRoleGroupSize: p.minRoleGroupSize,
  version: p.version,
});

export const mapLocation = (l: LocationEntity): Location => ({
  id: l.id,
  name: l.name,
  kind: l.kind,
  archived: l.archivedAt !== null,
});

export const mapCycle = (c: CycleEntity): Cycle => ({
  id: c.id,
  schoolYear: c.schoolYear,
  pdcaPhase: c.pdcaPhase,
});

export const mapTargetGroup = (t: TargetGroupEntity): TargetGroup => ({
  id: t.id,
  code: t.code,
  name: t.name,
});
