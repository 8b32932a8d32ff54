import type { Invitation, Member } from '@zet/contracts';
import type { InvitationRow, MemberRow } from './people.queries';

export const mapMember = (row: MemberRow): Member => ({
  userId: row.user_id,
  name: row.name,
  email: row.email,
  roles: row.roles,
  locationIds: row.roles.includes('locatiecoordinator') ? row.location_ids : [],
  lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
  invitationStatus: row.invitation_status,
});

export const mapInvitation = (row: InvitationRow): Invitation => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  locationIds: row.location_ids,
  status: row.status,
  expiresAt: row.expires_at.toISOString(),
  createdAt: row.created_at.toISOString(),
  invitedByName: row.invited_by_name,
});
