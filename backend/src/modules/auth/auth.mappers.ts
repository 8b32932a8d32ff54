import type { Profile } from '@zet/contracts';
import type { ProfileRow } from './auth.queries';

export const mapProfile = (row: ProfileRow): Profile => ({
  id: row.id,
  name: row.name,
  email: row.email,
  isPlatformAdmin: row.is_platform_admin,
  totpEnabled: row.totp_enabled_at !== null,
  createdAt: row.created_at.toISOString(),
  lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
});
