import { oneTimeTokenSchema, passwordResetConfirmInputSchema } from '@zet/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { FormError, StatusMessage } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/api-client';
import {
  fieldErrorsFromError,
  focusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../../lib/form-errors';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { authMessages } from '../messages';
import './auth.css';

const m = authMessages.resetPassword;

/** /wachtwoord-herstellen?token=…: the link from the e-mail; sets a new password. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = oneTimeTokenSchema.safeParse(params.get('token') ?? '');
  const confirm = useConfirmPasswordReset();
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!token.success) return;
    const checked = validate(passwordResetConfirmInputSchema, { token: token.data, password });
    if (!checked.success) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current, checked.errors);
      return;
    }
    setErrors({});
    confirm.mutate(checked.data, {
      onError: (error) => {
        const fieldErrors = fieldErrorsFromError(error);
        setErrors(fieldErrors);
        focusFirstInvalid(formRef.current, fieldErrors);
      },
    });
  };

  // The token is not a field: a refused link is said in words, with a way to a new one.
  const linkRefused = confirm.error && !fieldErrorsFromError(confirm.error).password;

  return (
    <div className="auth-card">
      <PageHeading>{m.title}</PageHeading>
      <StatusMessage feedback={confirm.isSuccess ? { tone: 'success', message: m.done } : null} />
      {confirm.isSuccess ? (
        <p>
          <Link to="/aanmelden" className="button">
            {m.signIn}
          </Link>
        </p>
      ) : !token.success ? (
        <>
          <p className="status-message status-message--error">{m.missingToken}</p>
          <p>
            <Link to="/wachtwoord-vergeten">{m.requestNew}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="page-lead">{m.lead}</p>
          <form ref={formRef} className="form-stack" noValidate onSubmit={submit}>
            <FormError>
              {linkRefused ? (
                <>
                  {errorMessage(confirm.error)}{' '}
                  <Link to="/wachtwoord-vergeten">{m.requestNew}</Link>
                </>
              ) : null}
            </FormError>
            <TextField
              label={m.password}
              hint={m.passwordHint}
              name="password"
              type={showPassword ? 'text' : 'password'}
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
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
              <button type="submit" className="button" disabled={confirm.isPending}>
                {confirm.isPending ? m.submitting : m.submit}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
