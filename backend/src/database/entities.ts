import { ActionEntity } from '../modules/actions/action.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { MembershipEntity } from '../modules/auth/membership.entity';
import { UserEntity } from '../modules/auth/user.entity';
import { CommonThreadEntity } from '../modules/common-threads/common-thread.entity';
import { ContentThemeEntity } from '../modules/content/content-theme.entity';
import { ContentVersionEntity } from '../modules/content/content-version.entity';
import { EvaluationRoundEntity } from '../modules/evaluations/evaluation-round.entity';
import { EvaluationEntity } from '../modules/evaluations/evaluation.entity';
import { FindingEntity } from '../modules/evaluations/finding.entity';
import { IndividualPlacementEntity } from '../modules/evaluations/individual-placement.entity';
import { SessionParticipantEntity } from '../modules/evaluations/session-participant.entity';
import { ThemeSessionEntity } from '../modules/evaluations/theme-session.entity';
import { CycleEntity } from '../modules/partnerships/cycle.entity';
import { LocationEntity } from '../modules/partnerships/location.entity';
import { PartnershipEntity } from '../modules/partnerships/partnership.entity';
import { TargetGroupEntity } from '../modules/partnerships/target-group.entity';

export const entities = [
  PartnershipEntity,
  LocationEntity,
  TargetGroupEntity,
  CycleEntity,
  ContentVersionEntity,
  ContentThemeEntity,
  EvaluationEntity,
  EvaluationRoundEntity,
  ThemeSessionEntity,
  SessionParticipantEntity,
  IndividualPlacementEntity,
  FindingEntity,
  ActionEntity,
  CommonThreadEntity,
  UserEntity,
  MembershipEntity,
  AuditLogEntity,
];
