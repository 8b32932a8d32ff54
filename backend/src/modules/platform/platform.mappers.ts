import type { PlatformPartnership } from '@zet/contracts';
import type { PlatformPartnershipRow } from './platform.queries';

export const mapPlatformPartnership = (row: PlatformPartnershipRow): PlatformPartnership => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
  locationCount: row.location_count,
  memberCount: row.member_count,
  evaluationCount: row.evaluation_count,
  openInvitationCount: row.open_invitation_count,
});
