import { passwordResetRequestInputSchema } from '@zet/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
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
import { useRequestPasswordReset } from '../api/request-password-reset';
import { authMessages } from '../messages';
import './auth.css';

const m = authMessages.forgotPassword;

/** /wachtwoord-vergeten: asks for a reset link; the answer never says whether the account exists. */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sentTo, setSentTo] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(passwordResetRequestInputSchema, { email });
    if (!checked.success) {
      const fieldErrors = withMissing(
        checked.errors,
        { email },
        {
          email: authMessages.signIn.emailMissing,
        },
      );
      setErrors(fieldErrors);
      focusFirstInvalid(formRef.current, fieldErrors);
      return;
    }
    setErrors({});
    request.mutate(checked.data, {
      onSuccess: () => setSentTo(checked.data.email),
      onError: (error) => {
        const fieldErrors = fieldErrorsFromError(error);
        setErrors(fieldErrors);
        focusFirstInvalid(formRef.current, fieldErrors);
      },
    });
  };

  const formError =
    request.error && !fieldErrorsFromError(request.error).email
      ? request.error instanceof ApiError && request.error.status === 429
        ? m.tooManyAttempts
        : errorMessage(request.error)
      : null;

  return (
    <div className="auth-card">
      <PageHeading>{m.title}</PageHeading>
      <StatusMessage
        feedback={
          sentTo
            ? {
                tone: 'success',
                message: (
                  <>
                    <strong>{m.sentTitle}.</strong> {m.sent(sentTo)}
                  </>
                ),
              }
            : null
        }
      />
      {sentTo ? (
        <p>{m.sentHelp}</p>
      ) : (
        <>
          <p className="page-lead">{m.lead}</p>
          <form ref={formRef} className="form-stack" noValidate onSubmit={submit}>
            <FormError>{formError}</FormError>
            <TextField
              label={authMessages.signIn.email}
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={errors.email}
            />
            <div className="form-actions">
              <button type="submit" className="button" disabled={request.isPending}>
                {request.isPending ? m.submitting : m.submit}
              </button>
            </div>
          </form>
        </>
      )}
      <p className="auth-card__footer">
        <Link to="/aanmelden">{m.backToSignIn}</Link>
      </p>
    </div>
  );
}
