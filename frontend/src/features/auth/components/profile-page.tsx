import { updateProfileInputSchema, type Profile, type SessionInfo } from '@zet/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { PageHeading } from '../../../components/ui/page-heading';
import { Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { FormError, StatusMessage, type Feedback } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime, formatDayOf } from '../../../lib/dates';
import {
  fieldErrorsFromError,
  focusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../../lib/form-errors';
import { authKeys } from '../api/auth-keys';
import { useProfile } from '../api/get-profile';
import { useSessions } from '../api/get-sessions';
import { useSignOutElsewhere } from '../api/sign-out-elsewhere';
import { useUpdateProfile } from '../api/update-profile';
import { authMessages } from '../messages';
import { describeUserAgent } from '../utils/user-agent';
import { TotpEnrolment } from './totp-enrolment';
import './auth.css';

const m = authMessages.profile;

/** /profiel: your name, two-factor sign-in, and the sessions you have open. */
export function ProfilePage() {
  const profile = useProfile();
  return (
    <>
      <PageHeading>{m.title}</PageHeading>
      <p className="page-lead">{m.lead}</p>
      <QueryView query={profile} loading={<Skeleton lines={6} />}>
        {(data) => (
          <div className="profile-grid">
            <section aria-labelledby="profile-details" className="panel">
              <h2 id="profile-details">{m.detailsTitle}</h2>
              <ProfileDetails profile={data} />
            </section>
            <section aria-labelledby="profile-two-factor" className="panel">
              <h2 id="profile-two-factor">{m.twoFactorTitle}</h2>
              <TwoFactor profile={data} />
            </section>
            <section aria-labelledby="profile-sessions" className="panel profile-grid__wide">
              <h2 id="profile-sessions">{m.sessionsTitle}</h2>
              <Sessions />
            </section>
          </div>
        )}
      </QueryView>
    </>
  );
}

function ProfileDetails({ profile }: { profile: Profile }) {
  const update = useUpdateProfile();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(profile.name);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [feedback, setFeedback] = useState<Feedback>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    const checked = validate(updateProfileInputSchema, { name });
    if (!checked.success) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current, checked.errors);
      return;
    }
    setErrors({});
    update.mutate(checked.data, {
      onSuccess: (saved) => {
        setName(saved.name);
        setFeedback({ tone: 'success', message: m.saved });
      },
      onError: (error) => {
        const fieldErrors = fieldErrorsFromError(error);
        setErrors(fieldErrors);
        if (fieldErrors.name) focusFirstInvalid(formRef.current, fieldErrors);
        else setFeedback({ tone: 'error', message: errorMessage(error) });
      },
    });
  };

  return (
    <>
      <dl className="facts facts--inline">
        <div>
          <dt>{m.email}</dt>
          <dd>{profile.email}</dd>
        </div>
        <div>
          <dt>{m.since}</dt>
          <dd>{formatDayOf(profile.createdAt)}</dd>
        </div>
        {profile.lastSignInAt ? (
          <div>
            <dt>{m.lastSignIn}</dt>
            <dd>{formatDateTime(profile.lastSignInAt)}</dd>
          </div>
        ) : null}
      </dl>
      <form ref={formRef} className="form-stack" noValidate onSubmit={submit}>
        <StatusMessage feedback={feedback} />
        <TextField
          label={m.name}
          hint={m.nameHint}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(value) => {
            setName(value);
            setFeedback(null);
          }}
          error={errors.name}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? m.saving : m.save}
          </button>
        </div>
      </form>
    </>
  );
}

function TwoFactor({ profile }: { profile: Profile }) {
  const client = useQueryClient();
  const [enrolling, setEnrolling] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);

  return (
    <>
      <StatusMessage feedback={feedback} />
      <p>
        <span className={`badge ${profile.totpEnabled ? 'badge--on' : 'badge--off'}`}>
          {profile.totpEnabled ? m.twoFactorOn : m.twoFactorOff}
        </span>
      </p>
      {profile.totpEnabled ? (
        <p>{m.twoFactorOnBody}</p>
      ) : enrolling ? (
        <TotpEnrolment
          headingLevel={3}
          onCancel={() => setEnrolling(false)}
          onDone={async () => {
            setEnrolling(false);
            setFeedback({ tone: 'success', message: m.enabled });
            await Promise.all([
              client.invalidateQueries({ queryKey: authKeys.profile() }),
              client.invalidateQueries({ queryKey: authKeys.me() }),
            ]);
          }}
        />
      ) : (
        <>
          <p>{authMessages.enrol.optionalLead}</p>
          <button type="button" className="button" onClick={() => setEnrolling(true)}>
            {m.setUp}
          </button>
        </>
      )}
    </>
  );
}

function Sessions() {
  const sessions = useSessions();
  const signOutElsewhere = useSignOutElsewhere();
  const [confirming, setConfirming] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const confirm = () => {
    signOutElsewhere.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setFeedback({ tone: 'success', message: m.signedOutElsewhere });
      },
    });
  };

  return (
    <>
      <p>{m.sessionsLead}</p>
      <StatusMessage feedback={feedback} />
      <QueryView query={sessions} loading={<Skeleton lines={3} />}>
        {(items) => {
          const others = items.filter((session) => !session.current);
          return (
            <>
              <ul className="session-list">
                {sortSessions(items).map((session) => (
                  <SessionItem key={session.id} session={session} />
                ))}
              </ul>
              {others.length === 0 ? (
                <p className="muted">{m.onlyHere}</p>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setFeedback(null);
                    signOutElsewhere.reset();
                    setConfirming(true);
                  }}
                >
                  {m.signOutElsewhere}
                </button>
              )}
            </>
          );
        }}
      </QueryView>
      <Dialog
        open={confirming}
        title={m.signOutElsewhereTitle}
        closeLabel={m.close}
        onClose={() => setConfirming(false)}
      >
        <p>{m.signOutElsewhereBody}</p>
        <FormError>
          {signOutElsewhere.isError ? errorMessage(signOutElsewhere.error) : null}
        </FormError>
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(false)}
          >
            {m.cancel}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={signOutElsewhere.isPending}
            onClick={confirm}
          >
            {signOutElsewhere.isPending ? m.signingOutElsewhere : m.signOutElsewhere}
          </button>
        </div>
      </Dialog>
    </>
  );
}

/** This device first, then the most recently active. */
function sortSessions(items: SessionInfo[]): SessionInfo[] {
  return [...items].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
}

function SessionItem({ session }: { session: SessionInfo }) {
  return (
    <li className="session-list__item">
      <p className="session-list__device">
        {describeUserAgent(session.userAgent) ?? m.unknownDevice}
        {session.current ? <span className="badge badge--on">{m.thisDevice}</span> : null}
      </p>
      <dl className="session-list__facts">
        <div>
          <dt>{m.signedInAt}</dt>
          <dd>{formatDateTime(session.createdAt)}</dd>
        </div>
        <div>
          <dt>{m.lastSeen}</dt>
          <dd>{formatDateTime(session.lastSeenAt)}</dd>
        </div>
        {session.ip ? (
          <div>
            <dt>{m.ip}</dt>
            <dd>{session.ip}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
