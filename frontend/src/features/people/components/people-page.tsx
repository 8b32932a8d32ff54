import type { Invitation, Member } from '@zet/contracts';
import { useRef, useState, type ReactNode } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { FormError, StatusMessage, type Feedback } from '../../../components/ui/status-message';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime, formatDateTimeShort } from '../../../lib/dates';
import { joinDutch } from '../../../lib/dutch';
import { roleNames, sortRoles } from '../../../lib/roles';
import { usePeople } from '../api/get-people';
import { useResendInvitation } from '../api/resend-invitation';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { peopleMessages as m } from '../messages';
import { InviteForm } from './invite-form';
import { MemberDialog } from './member-dialog';
import './people.css';

export type PeopleLocation = { id: string; name: string; archived: boolean };

type PeoplePageProps = {
  partnershipId: string;
  /** The signed-in programmaleider: they cannot revoke or erase themselves here. */
  currentUserId: string;
  /** The partnership's locaties, composed in by the app; undefined while they load. */
  locations: PeopleLocation[] | undefined;
  /** Shown under the heading, e.g. the links between the management pages. */
  navigation?: ReactNode;
  /** The programmaleider changed their own roles: their session's view of them is outdated. */
  onOwnAccessChanged?: () => void;
};

/** Mensen: members with their roles and locaties, open invitations, inviting someone new. */
export function PeoplePage({
  partnershipId,
  currentUserId,
  locations,
  navigation,
  onOwnAccessChanged,
}: PeoplePageProps) {
  const people = usePeople(partnershipId);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [inviting, setInviting] = useState(false);
  const [managing, setManaging] = useState<Member>();
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const locationName = (id: string) => locations?.find((l) => l.id === id)?.name ?? '…';

  return (
    <>
      <PageHeading>{m.title}</PageHeading>
      {navigation}
      <div className="people-intro">
        <p className="page-lead">{m.lead}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setFeedback(null);
            setInviting(true);
          }}
        >
          {m.inviteTitle}
        </button>
      </div>
      <StatusMessage feedback={feedback} />
      <QueryView query={people} loading={<Skeleton lines={8} />}>
        {(data) => (
          <>
            <section aria-labelledby="members" className="people-section">
              <h2 id="members" ref={membersHeading} tabIndex={-1}>
                {m.membersTitle}{' '}
                <span className="people-section__count">{m.count(data.members.length)}</span>
              </h2>
              <MemberTable
                members={data.members}
                currentUserId={currentUserId}
                locationName={locationName}
                onManage={(member) => {
                  setFeedback(null);
                  setManaging(member);
                }}
              />
            </section>
            <section aria-labelledby="invitations" className="people-section">
              <h2 id="invitations">{m.invitationsTitle}</h2>
              {data.invitations.length === 0 ? (
                <EmptyState title={m.invitationsEmpty}>
                  <p>{m.invitationsEmptyHelp}</p>
                </EmptyState>
              ) : (
                <InvitationTable
                  partnershipId={partnershipId}
                  invitations={data.invitations}
                  locationName={locationName}
                  announce={setFeedback}
                />
              )}
            </section>
          </>
        )}
      </QueryView>

      <Dialog
        open={inviting}
        title={m.inviteTitle}
        closeLabel={m.dialogClose}
        onClose={() => setInviting(false)}
        size="large"
      >
        <InviteForm
          partnershipId={partnershipId}
          locations={locations}
          onCancel={() => setInviting(false)}
          onInvited={(invitation) => {
            setInviting(false);
            setFeedback({ tone: 'success', message: m.invited(invitation.name, invitation.email) });
          }}
        />
      </Dialog>

      {managing ? (
        <MemberDialog
          key={managing.userId}
          partnershipId={partnershipId}
          member={managing}
          isSelf={managing.userId === currentUserId}
          locations={locations}
          onClose={() => setManaging(undefined)}
          onDone={(message, removed) => {
            setManaging(undefined);
            setFeedback({ tone: 'success', message });
            if (managing.userId === currentUserId) onOwnAccessChanged?.();
            // Their row (and button) is gone: continue at the list rather than at the page's start.
            if (removed) setTimeout(() => membersHeading.current?.focus(), 0);
          }}
        />
      ) : null}
    </>
  );
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');

function rolesText(roles: Member['roles']): string {
  return joinDutch(sortRoles(roles).map((role) => roleNames[role]));
}

function MemberTable({
  members,
  currentUserId,
  locationName,
  onManage,
}: {
  members: Member[];
  currentUserId: string;
  locationName: (id: string) => string;
  onManage: (member: Member) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table people-table" aria-labelledby="members">
        <thead>
          <tr>
            <th scope="col">{m.columns.person}</th>
            <th scope="col">{m.columns.roles}</th>
            <th scope="col">{m.columns.locations}</th>
            <th scope="col">{m.columns.lastSignIn}</th>
            <th scope="col">
              <span className="visually-hidden">{m.columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...members].sort(byName).map((member) => (
            <tr key={member.userId}>
              <th scope="row">
                <span className="people-table__name">
                  {member.name}
                  {member.userId === currentUserId ? (
                    <span className="people-table__you"> ({m.you})</span>
                  ) : null}
                </span>
                <span className="data-table__meta">{member.email}</span>
              </th>
              <td>{rolesText(member.roles)}</td>
              <td>
                {member.locationIds.length > 0 ? (
                  <ul className="people-table__locations">
                    {member.locationIds.map((id) => (
                      <li key={id}>{locationName(id)}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{m.noLocations}</span>
                )}
              </td>
              <td>
                {member.lastSignInAt ? (
                  <time dateTime={member.lastSignInAt}>
                    {formatDateTimeShort(member.lastSignInAt)}
                  </time>
                ) : (
                  <span className="muted">{m.notSignedInYet}</span>
                )}
              </td>
              <td className="people-table__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={m.manageLabel(member.name)}
                  onClick={() => onManage(member)}
                >
                  {m.manage}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function InvitationTable({
  partnershipId,
  invitations,
  locationName,
  announce,
}: {
  partnershipId: string;
  invitations: Invitation[];
  locationName: (id: string) => string;
  announce: (feedback: Feedback) => void;
}) {
  const resend = useResendInvitation(partnershipId);
  const revoke = useRevokeInvitation(partnershipId);
  const [revoking, setRevoking] = useState<Invitation>();

  return (
    <>
      <div className="table-scroll">
        <table className="data-table people-table" aria-labelledby="invitations">
          <thead>
            <tr>
              <th scope="col">{m.columns.invited}</th>
              <th scope="col">{m.columns.role}</th>
              <th scope="col">{m.columns.status}</th>
              <th scope="col">
                <span className="visually-hidden">{m.columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...invitations].sort(byName).map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row">
                  <span className="people-table__name">{invitation.name}</span>
                  <span className="data-table__meta">{invitation.email}</span>
                </th>
                <td>
                  {roleNames[invitation.role]}
                  {invitation.locationIds.length > 0 ? (
                    <span className="data-table__meta">
                      {joinDutch(invitation.locationIds.map(locationName))}
                    </span>
                  ) : null}
                </td>
                <td>
                  {invitation.status === 'expired' ? (
                    <span className="badge badge--expired">{m.expired}</span>
                  ) : (
                    <span className="badge badge--pending">
                      {m.pendingUntil(formatDateTimeShort(invitation.expiresAt))}
                    </span>
                  )}
                  {invitation.invitedByName ? (
                    <span className="data-table__meta">
                      {m.invitedBy(invitation.invitedByName)}
                    </span>
                  ) : null}
                </td>
                <td className="people-table__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={m.resendLabel(invitation.name)}
                    disabled={resend.isPending && resend.variables === invitation.id}
                    onClick={() => {
                      announce(null);
                      resend.mutate(invitation.id, {
                        onSuccess: (renewed) =>
                          announce({
                            tone: 'success',
                            message: m.resent(renewed.email, formatDateTime(renewed.expiresAt)),
                          }),
                        onError: (error) =>
                          announce({ tone: 'error', message: errorMessage(error) }),
                      });
                    }}
                  >
                    {resend.isPending && resend.variables === invitation.id ? m.busy : m.resend}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={m.revokeInvitationLabel(invitation.name)}
                    onClick={() => {
                      announce(null);
                      revoke.reset();
                      setRevoking(invitation);
                    }}
                  >
                    {m.revokeInvitation}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog
        open={revoking !== undefined}
        title={revoking ? m.revokeInvitationTitle(revoking.name) : ''}
        closeLabel={m.dialogClose}
        onClose={() => setRevoking(undefined)}
      >
        <p>{m.revokeInvitationBody}</p>
        <FormError>{revoke.isError ? errorMessage(revoke.error) : null}</FormError>
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setRevoking(undefined)}
          >
            {m.cancel}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={revoke.isPending}
            onClick={() => {
              if (!revoking) return;
              revoke.mutate(revoking.id, {
                onSuccess: () => {
                  setRevoking(undefined);
                  announce({ tone: 'success', message: m.invitationRevoked(revoking.name) });
                },
              });
            }}
          >
            {revoke.isPending ? m.busy : m.revokeInvitationConfirm}
          </button>
        </div>
      </Dialog>
    </>
  );
}
