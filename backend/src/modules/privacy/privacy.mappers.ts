import type { PersonExport } from '@zet/contracts';
import type {
  AccountRow,
  FacilitatedRow,
  InvitationRow,
  MembershipRow,
  MentionRow,
  OwnedActionRow,
  PersonAuditRow,
  SessionRow,
  UploadRow,
} from './privacy.queries';

export type PersonExportRows = {
  exportedAt: Date;
  partnership: { id: string; name: string };
  account: AccountRow;
  memberships: MembershipRow[];
  invitations: InvitationRow[];
  sessions: SessionRow[];
  auditEntries: PersonAuditRow[];
  facilitated: FacilitatedRow[];
  uploads: UploadRow[];
  actions: OwnedActionRow[];
  mentions: MentionRow[];
};

export const mapAccount = (row: AccountRow): PersonExport['account'] => ({
  id: row.id,
  name: row.name,
  email: row.email,
  createdAt: row.created_at.toISOString(),
  lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
  twoFactorEnabled: row.two_factor_enabled,
  signsInWithSso: row.signs_in_with_sso,
});

export const mapMembership = (row: MembershipRow): PersonExport['memberships'][number] => ({
  role: row.role,
  since: row.created_at.toISOString(),
  locations: row.locations.map((l) => ({ id: l.id, name: l.name })),
});

export const mapInvitation = (row: InvitationRow): PersonExport['invitations'][number] => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  status: row.status,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
});

export const mapSession = (row: SessionRow): PersonExport['sessions']['items'][number] => ({
  signedInAt: row.signed_in_at?.toISOString() ?? null,
  expiresAt: row.expire.toISOString(),
});

/** Details of what the person did to others concern those others: left out. */
export const mapAuditEntry = (row: PersonAuditRow): PersonExport['auditLog'][number] => ({
  id: row.id,
  occurredAt: row.occurred_at.toISOString(),
  action: row.action,
  involvement: row.involvement,
  details: row.involvement === 'subject' ? row.details : null,
  ip: row.ip,
});

export const mapFacilitated = (
  row: FacilitatedRow,
): PersonExport['facilitatedThemeSessions'][number] => ({
  id: row.id,
  evaluationId: row.evaluation_id,
  evaluationTitle: row.evaluation_title,
  heldOn: row.held_on,
  themeCode: row.theme_code,
  themeName: row.theme_name,
});

export const mapUpload = (row: UploadRow): PersonExport['uploads'][number] => ({
  kind: row.kind,
  id: row.id,
  fileName: row.file_name,
  uploadedAt: row.uploaded_at.toISOString(),
  themeSessionId: row.theme_session_id,
});

export const mapOwnedAction = (row: OwnedActionRow): PersonExport['actions'][number] => ({
  id: row.id,
  title: row.title,
  ownerName: row.owner_name,
  ownerRole: row.owner_role,
  status: row.status,
  dueOn: row.due_on,
});

export const mapMention = (row: MentionRow): PersonExport['mentions'][number] => ({
  field: row.field,
  id: row.id,
  text: row.text,
});

export const mapPersonExport = (rows: PersonExportRows): PersonExport => ({
  exportedAt: rows.exportedAt.toISOString(),
  partnership: rows.partnership,
  account: mapAccount(rows.account),
  memberships: rows.memberships.map(mapMembership),
  invitations: rows.invitations.map(mapInvitation),
  sessions: { count: rows.sessions.length, items: rows.sessions.map(mapSession) },
  auditLog: rows.auditEntries.map(mapAuditEntry),
  facilitatedThemeSessions: rows.facilitated.map(mapFacilitated),
  uploads: rows.uploads.map(mapUpload),
  actions: rows.actions.map(mapOwnedAction),
  mentions: rows.mentions.map(mapMention),
});
