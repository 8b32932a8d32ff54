import { loginInputSchema, totpInputSchema } from '@zet/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { Skeleton } from '../../../components/ui/query-states';
import { FormError, StatusMessage } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { ApiError, errorMessage } from '../../../lib/api-client';
import {
  fieldErrorsFromError,
  focusFirstInvalid,
  validate,
  withMissing,
  type FieldErrors,
} from '../../../lib/form-errors';
import { useAuthProviders } from '../api/get-auth-providers';
import { getMe, useMe } from '../api/get-me';
import { markSignedIn } from '../api/session-cache';
import { useSignIn } from '../api/sign-in';
import { useVerifySecondFactor } from '../api/verify-second-factor';
import { authMessages } from '../messages';
import {
  RETURN_PARAM,
  SIGN_IN_STEPS,
  STEP_PARAM,
  readSignInStep,
  safeReturnPath,
  signInPath,
} from '../utils/return-path';
import { TotpEnrolment } from './totp-enrolment';
import './auth.css';

const m = authMessages.signIn;

/** Where the sign-out page sends people, so the sign-in page can say they are signed out. */
export type SignInLocationState = { signedOut?: boolean } | null;

/**
 * /aanmelden: e-mail and password, then the second factor (?stap=tweestapsverificatie) or, when
 * the role requires it and it is not set up yet, setting it up. Signed in, it goes on to ?terug=.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const me = useMe();
  const returnTo = safeReturnPath(params.get(RETURN_PARAM));
  const step = readSignInStep(params);

  if (me.isPending) return <Skeleton lines={5} />;
  if (me.data && !me.data.mustEnrolTotp) return <Navigate to={returnTo} replace />;
  if (me.data?.mustEnrolTotp) return <EnrolStep />;
  if (step === SIGN_IN_STEPS.secondFactor) return <SecondFactorStep returnTo={returnTo} />;
  return <PasswordStep continuing={params.has(RETURN_PARAM)} />;
}

/** The Dutch message for a failed sign-in: one answer for an unknown account and a wrong password. */
function signInError(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return m.wrongCredentials;
  if (error instanceof ApiError && error.status === 429) return m.tooManyAttempts;
  return errorMessage(error);
}

/** The message for `?fout=` after single sign-on; an unknown code gets the general one. */
function ssoErrorMessage(code: string, provider: string): string {
  const messages = m.ssoErrors;
  const known = Object.hasOwn(messages, code) ? messages[code as keyof typeof messages] : undefined;
  return (known ?? messages.sso)(provider);
}

function PasswordStep({ continuing }: { continuing: boolean }) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const signedOut = (location.state as SignInLocationState)?.signedOut === true;
  const providers = useAuthProviders();
  const signIn = useSignIn();
  const formRef = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState({ email: '', password: '' });
  const [showPassword, setShowPassword] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();

  const sso = providers.data?.sso ?? null;
  const ssoName = sso?.displayName ?? m.ssoFallbackName;
  const ssoErrorCode = params.get('fout');
  const ssoError = ssoErrorCode !== null ? ssoErrorMessage(ssoErrorCode, ssoName) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const checked = validate(loginInputSchema, values);
    if (!checked.success) {
      const fieldErrors = withMissing(checked.errors, values, { email: m.emailMissing });
      setErrors(fieldErrors);
      focusFirstInvalid(formRef.current, fieldErrors);
      return;
    }
    setErrors({});
    signIn.mutate(checked.data, {
      onSuccess: (result) => {
        if (result.status === 'totp_required') {
          setParams((current) => {
            const next = new URLSearchParams(current);
            next.set(STEP_PARAM, SIGN_IN_STEPS.secondFactor);
            next.delete('fout');
            return next;
          });
        }
        // Otherwise the session is known now and the page moves on by itself.
      },
      onError: (error) => {
        const fieldErrors = fieldErrorsFromError(error);
        setErrors(fieldErrors);
        if (fieldErrors.email || fieldErrors.password) {
          focusFirstInvalid(formRef.current, fieldErrors);
          return;
        }
        setFormError(signInError(error));
        if (error instanceof ApiError && error.status === 401) {
          setValues((current) => ({ ...current, password: '' }));
          passwordRef.current?.focus();
        }
      },
    });
  };

  return (
    <div className="auth-card">
      <PageHeading>{m.title}</PageHeading>
      <StatusMessage feedback={signedOut ? { tone: 'success', message: m.signedOut } : null} />
      <p className="page-lead">{continuing ? m.continueLead : m.lead}</p>
      {ssoError ? <p className="status-message status-message--error">{ssoError}</p> : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={submit}>
        <FormError>{formError}</FormError>
        <TextField
          label={m.email}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={values.email}
          onChange={(email) => setValues((current) => ({ ...current, email }))}
          error={errors.email}
        />
        <TextField
          ref={passwordRef}
          label={m.password}
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
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
          {m.showPassword}
        </label>
        <div className="form-actions">
          <button type="submit" className="button" disabled={signIn.isPending}>
            {signIn.isPending ? m.submitting : m.submit}
          </button>
          <Link to="/wachtwoord-vergeten">{m.forgotPassword}</Link>
        </div>
      </form>
      {sso ? (
        <div className="auth-card__alternative">
          <p className="auth-card__or">
            <span>{m.or}</span>
          </p>
          <a className="button button--secondary button--block" href={sso.startUrl}>
            {m.withSso(sso.displayName)}
          </a>
        </div>
      ) : null}
      {import.meta.env.DEV ? <p className="muted small auth-card__hint">{m.demoHint}</p> : null}
    </div>
  );
}

const s = authMessages.secondFactor;

function SecondFactorStep({ returnTo }: { returnTo: string }) {
  const verify = useVerifySecondFactor();
  const formRef = useRef<HTMLFormElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();

  // The person just submitted their password (or switched kind of code): go on typing.
  useEffect(() => {
    codeRef.current?.focus();
  }, [useRecovery]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const checked = validate(totpInputSchema, { code });
    if (!checked.success) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current, checked.errors);
      return;
    }
    setErrors({});
    verify.mutate(checked.data, {
      onError: (error) => {
        const fieldErrors = fieldErrorsFromError(error);
        setErrors(fieldErrors);
        if (!fieldErrors.code) setFormError(errorMessage(error));
        setCode('');
        codeRef.current?.focus();
      },
    });
  };

  return (
    <div className="auth-card">
      <PageHeading>{s.title}</PageHeading>
      <p className="page-lead">{useRecovery ? s.recoveryLead : s.lead}</p>
      <form ref={formRef} className="form-stack" noValidate onSubmit={submit}>
        <FormError>{formError}</FormError>
        <TextField
          ref={codeRef}
          key={useRecovery ? 'recovery' : 'app'}
          label={useRecovery ? s.recoveryCode : s.code}
          name="code"
          autoComplete={useRecovery ? 'off' : 'one-time-code'}
          inputMode={useRecovery ? 'text' : 'numeric'}
          spellCheck={false}
          value={code}
          onChange={setCode}
          error={errors.code}
          className="field--code"
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={verify.isPending}>
            {s.submit}
          </button>
        </div>
      </form>
      <p className="auth-card__switch">
        <button
          type="button"
          className="button button--link"
          onClick={() => {
            setUseRecovery((current) => !current);
            setCode('');
            setErrors({});
            setFormError(undefined);
          }}
        >
          {useRecovery ? s.useAppCode : s.useRecoveryCode}
        </button>
      </p>
      <p className="auth-card__footer">
        <Link to={signInPath({ returnTo })}>{s.startOver}</Link>
      </p>
    </div>
  );
}

function EnrolStep() {
  const client = useQueryClient();
  const e = authMessages.enrol;
  return (
    <div className="auth-card">
      <PageHeading>{e.title}</PageHeading>
      <TotpEnrolment
        required
        headingLevel={2}
        onDone={async () => {
          // Set up: the session is complete now, and the page moves on to where it was going.
          const me = await getMe();
          if (me) markSignedIn(client, me);
        }}
      />
      <p className="auth-card__footer">
        <Link to="/afmelden">{e.signOut}</Link>
      </p>
    </div>
  );
}
