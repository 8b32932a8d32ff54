import { useEffect, useRef } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { ErrorState, Skeleton } from '../../../components/ui/query-states';
import { useSignOut } from '../api/sign-out';
import { authMessages } from '../messages';
import { RETURN_PARAM, safeReturnPath } from '../utils/return-path';
import type { SignInLocationState } from './sign-in-page';
import './auth.css';

const m = authMessages.signOut;

/**
 * /afmelden: ends the session on the server and forgets it here, outside the app shell (which
 * would otherwise send a signed-out person to sign in again, with a way back).
 */
export function SignOutPage() {
  const [params] = useSearchParams();
  const signOut = useSignOut();
  const started = useRef(false);
  const { mutate } = signOut;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);

  if (signOut.isSuccess) {
    const next = params.get(RETURN_PARAM);
    return next ? (
      <Navigate to={safeReturnPath(next)} replace />
    ) : (
      <Navigate to="/aanmelden" replace state={{ signedOut: true } satisfies SignInLocationState} />
    );
  }

  return (
    <div className="auth-card">
      <PageHeading>{m.title}</PageHeading>
      {signOut.isError ? (
        <ErrorState error={signOut.error} onRetry={() => mutate()} retrying={signOut.isPending}>
          <p className="state__body">{m.failed}</p>
          <p className="state__body">
            <Link to="/">{m.back}</Link>
          </p>
        </ErrorState>
      ) : (
        <Skeleton lines={1} label={m.busy} />
      )}
    </div>
  );
}
