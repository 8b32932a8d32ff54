import type { AuditLogEntry, MembershipRole } from '@zet/contracts';
import { formatDate } from '../../../lib/dates';
import { joinDutch } from '../../../lib/dutch';
import { roleNames } from '../../../lib/roles';
import { auditMessages } from '../messages';

const d = auditMessages.details;

export type AuditLookups = {
  /** The name of a person by user id, when known in the partnership. */
  personName: (userId: string) => string | undefined;
  locationName: (locationId: string) => string | undefined;
};

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);
const isRole = (value: unknown): value is MembershipRole =>
  isString(value) && Object.hasOwn(roleNames, value);

/**
 * The details of an audit log entry as short Dutch phrases ("betreft Hans Bakker", "rol
 * Stuurgroeplid"). The details are free-form per action: known keys are described, others left
 * out rather than shown raw.
 */
export function describeAuditEntry(entry: AuditLogEntry, lookups: AuditLookups): string[] {
  const parts: string[] = [];
  const { details, target } = entry;
  const locations = (ids: string[]) =>
    joinDutch(ids.map((id) => lookups.locationName(id) ?? d.unknownLocation));

  if (target?.type === 'user' && target.id !== entry.actor?.userId) {
    const name = lookups.personName(target.id);
    parts.push(name ? d.about(name) : d.aboutUnknown);
  }
  if (isString(details.name)) parts.push(d.name(details.name));
  if (isString(details.title)) parts.push(d.evaluation(details.title));
  if (isString(details.heldOn)) parts.push(d.heldOn(formatDate(details.heldOn)));
  if (typeof details.sessions === 'number') parts.push(d.sessions(details.sessions));
  if (isString(details.email)) parts.push(d.email(details.email));
  if (details.known === false) parts.push(d.unknownAccount);
  if (isRole(details.role)) parts.push(d.role(roleNames[details.role].toLowerCase()));
  if (isStringArray(details.locationIds) && details.locationIds.length > 0) {
    parts.push(d.locations(locations(details.locationIds), details.locationIds.length));
  }
  if (isStringArray(details.previousLocationIds) && details.previousLocationIds.length > 0) {
    parts.push(d.previousLocations(locations(details.previousLocationIds)));
  }
  if (details.accessRevoked === true) parts.push(d.accessRevoked);
  if (typeof details.revokedInvitations === 'number' && details.revokedInvitations > 0) {
    parts.push(d.invitationsVoided(details.revokedInvitations));
  }
  if (details.newAccount === true) parts.push(d.newAccount);
  if (details.method === 'oidc') parts.push(d.viaSso);
  if (details.via === 'invitation') parts.push(d.viaInvitation);
  if (isString(details.reason)) parts.push(d.reason(details.reason));
  if (typeof details.accountErased === 'boolean') {
    parts.push(details.accountErased ? d.accountErased : d.accountKept);
  }
  if (typeof details.textsRedacted === 'number' && details.textsRedacted > 0) {
    parts.push(d.textsRedacted(details.textsRedacted));
  }
  return parts;
}
