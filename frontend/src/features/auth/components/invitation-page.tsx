import {
  invitationAcceptInputSchema,
  oneTimeTokenSchema,
  type InvitationPreview,
  type Me,
} from '@zet/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { ErrorState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { FormError } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import {
  fieldErrorsFromError,
  focusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../../lib/form-errors';
import { roleNames } from '../../../lib/roles';
import { useAcceptInvitation } from '../api/accept-invitation';
import { authKeys } from '../api/auth-keys';
import { useMe } from '../api/get-me';
import { useInvitation } from '../api/lookup-invitation';
import { authMessages } from '../messages';
import { signInPath } from '../utils/return-path';
import './auth.css';

const m = authMessages.invitation;

/**
 * /uitnodiging?token=…: the link from the invitation e-mail. A new person makes an account (name
 * and password); someone with an account signs in with it first and then accepts.
 */
export function InvitationPage() {
  const [params] = useSearchParams();
  const token = oneTimeTokenSchema.safeParse(params.get('token') ?? '');
  const invitation = useInvitation(token.success ? token.data : undefined);

  if (!token.success) {
    return (
      <div className="auth-card">
        <PageHeading>{m.title}</PageHeading>
        <p className="status-message status-message--error">{m.missingToken}</p>
        <p>
          <Link to="/aanmelden">{m.toSignIn}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="auth-card">
      <QueryView
        query={invitation}
        loading={
          <>
            <PageHeading>{m.title}</PageHeading>
            <Skeleton lines={4} />
          </>
        }
        renderError={(error, retry) => (
          <>
            <PageHeading>{m.title}</PageHeading>
            {error instanceof ApiError && error.status === 400 ? (
              // The link itself is refused (used, revoked, expired): say so, no field list.
              <div className="state state--error" role="alert">
                <p className="state__title">{m.invalidTitle}</p>
                <p className="state__body">{error.message}</p>
                <p className="state__body">{m.invalidHelp}</p>
              </div>
            ) : (
              <ErrorState error={error} onRetry={retry} retrying={invitation.isFetching} />
            )}
            <p>
              <Link to="/aanmelden">{m.toSignIn}</Link>
            </p>
          </>
        )}
      >
        {(preview) => <InvitationDetails token={token.data} preview={preview} />}
      </QueryView>
    </div>
  );
}

type Branch = 'accept' | 'other-account' | 'sign-in' | 'create';
type Accept = ReturnType<typeof useAcceptInvitation>;

function InvitationDetails({ token, preview }: { token: string; preview: InvitationPreview }) {
  const me = useMe();
  const location = useLocation();
  const goToPartnership = useGoToPartnership(preview.partnershipName);
  const accept = useAcceptInvitation({ onAccepted: goToPartnership });
  const [submittedFrom, setSubmittedFrom] = useState<Branch>();
  const here = `${location.pathname}${location.search}`;

  const current: Branch | undefined = me.isPending
    ? undefined
    : me.data
      ? me.data.user.email.toLowerCase() === preview.email.toLowerCase()
        ? 'accept'
        : 'other-account'
      : preview.accountExists
        ? 'sign-in'
        : 'create';
  // Accepting signs in, which changes `me`: keep the form that was sent until the page moves on.
  const branch = accept.isPending || accept.isSuccess ? (submittedFrom ?? current) : current;
  const submitFrom = (from: Branch) => () => setSubmittedFrom(from);

  return (
    <>
      <PageHeading documentTitle={m.title}>{m.titleFor(preview.partnershipName)}</PageHeading>
      <p className="page-lead">
        {m.intro(preview.name, roleNames[preview.role], preview.partnershipName)}{' '}
        {m.validUntil(formatDateTime(preview.expiresAt))}
      </p>
      {branch === undefined ? <Skeleton lines={2} /> : null}
      {branch === 'accept' && me.data ? (
        <AcceptAsSignedIn
          token={token}
          me={me.data}
          accept={accept}
          onSubmit={submitFrom('accept')}
        />
      ) : null}
      {branch === 'other-account' && me.data ? (
        <>
          <p className="notice">{m.otherAccount(me.data.user.email, preview.email)}</p>
          <p>
            <Link
              to={`/afmelden?terug=${encodeURIComponent(here)}`}
              className="button button--secondary"
            >
              {m.signOutFirst}
            </Link>
          </p>
        </>
      ) : null}
      {branch === 'sign-in' ? (
        <>
          <p>{m.accountExists(preview.email)}</p>
          <p>
            <Link to={signInPath({ returnTo: here })} className="button">
              {m.signInToAccept}
            </Link>
          </p>
        </>
      ) : null}
      {branch === 'create' ? (
        <CreateAccountForm
          token={token}
          preview={preview}
          accept={accept}
          onSubmit={submitFrom('create')}
        />
      ) : null}
    </>
  );
}

/** Where to go once accepted: the partnership of the invitation, now among the memberships. */
function useGoToPartnership(partnershipName: string) {
  const client = useQueryClient();
  const navigate = useNavigate();
  return () => {
    const me = client.getQueryData<Me | null>(authKeys.me());
    const membership = me?.memberships.find((item) => item.partnershipName === partnershipName);
    void navigate(
      membership ? `/partnerschappen/${encodeURIComponent(membership.partnershipId)}` : '/',
      { replace: true },
    );
  };
}

function AcceptAsSignedIn({
  token,
  me,
  accept,
  onSubmit,
}: {
  token: string;
  me: Me;
  accept: Accept;
  onSubmit: () => void;
}) {
  return (
    <>
      <p>{m.signedInAs(me.user.name, me.user.email)}</p>
      <FormError>{accept.isError ? errorMessage(accept.error) : null}</FormError>
      <p>
        <button
          type="button"
          className="button"
          disabled={accept.isPending}
          onClick={() => {
            onSubmit();
            accept.mutate({ token });
          }}
        >
          {accept.isPending ? m.accepting : m.acceptSignedIn}
        </button>
      </p>
    </>
  );
}

function CreateAccountForm({
  token,
  preview,
  accept,
  onSubmit,
}: {
  token: string;
  preview: InvitationPreview;
  accept: Accept;
  onSubmit: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ name: preview.name, password: '' });
  const [showPassword, setShowPassword] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(invitationAcceptInputSchema, { token, ...values });
    if (!checked.success) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current, checked.errors);
      return;
    }
    setErrors({});
    onSubmit();
    accept.mutate(checked.data, {
      onError: (error) => {
        const fieldErrors = fieldErrorsFromError(error);
        setErrors(fieldErrors);
        focusFirstInvalid(formRef.current, fieldErrors);
      },
    });
  };
  const serverFieldErrors = fieldErrorsFromError(accept.error);
  const formError =
    accept.error && !serverFieldErrors.name && !serverFieldErrors.password
      ? errorMessage(accept.error)
      : null;

  return (
    <section aria-labelledby="create-account">
      <h2 id="create-account">{m.createTitle}</h2>
      <p>{m.createLead}</p>
      <form ref={formRef} className="form-stack" noValidate onSubmit={submit}>
        <FormError>{formError}</FormError>
        <TextField
          label={m.email}
          hint={m.emailHint}
          name="email"
          type="email"
          autoComplete="username"
          value={preview.email}
          onChange={() => undefined}
          readOnly
        />
        <TextField
          label={m.name}
          hint={m.nameHint}
          name="name"
          autoComplete="name"
          value={values.name}
          onChange={(name) => setValues((current) => ({ ...current, name }))}
          error={errors.name}
        />
        <TextField
          label={m.password}
          hint={authMessages.resetPassword.passwordHint}
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="new-password"
          value={values.password}
          onChange={(password) => setValues((current) => ({ ...current, password }))}
          error={errors.password}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showPassword}
            onChange={(event) => setShowPassword(event.target.checked)}
          />
          {authMessages.signIn.showPassword}
        </label>
        <div className="form-actions">
          <button type="submit" className="button" disabled={accept.isPending}>
            {accept.isPending ? m.accepting : m.accept}
          </button>
        </div>
      </form>
    </section>
  );
}
