import { totpInputSchema } from '@zet/contracts';
import { useEffect, useRef, useState, type ComponentPropsWithRef, type FormEvent } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { FormError } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/api-client';
import {
  fieldErrorsFromError,
  focusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../../lib/form-errors';
import { useEnableTotp } from '../api/enable-totp';
import { useStartTotpSetup } from '../api/start-totp-setup';
import { authMessages } from '../messages';
import { groupSecret } from '../utils/totp-secret';
import './auth.css';

const m = authMessages.enrol;

type TotpEnrolmentProps = {
  /** Required for the role (at sign-in) rather than chosen (on the profile page). */
  required?: boolean;
  /** Level of this component's own headings, below the page's or section's heading. */
  headingLevel: 2 | 3;
  /** The recovery codes are put away: refresh the session and move on. */
  onDone: () => void | Promise<void>;
  /** Offered as a way back where setting up is optional. */
  onCancel?: () => void;
};

/**
 * Setting up two-factor sign-in: a new secret for the authenticator app (as text in groups of
 * four, and as an otpauth:// link), confirmed with a code, then the recovery codes, shown once.
 */
export function TotpEnrolment({
  required = false,
  headingLevel,
  onDone,
  onCancel,
}: TotpEnrolmentProps) {
  const setup = useStartTotpSetup();
  const enable = useEnableTotp();
  const [done, setDone] = useState(false);
  const phase = enable.data ? 'codes' : setup.data ? 'scan' : 'start';
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Each phase replaces the previous one: continue reading at its heading.
  useEffect(() => {
    if (phase !== 'start') headingRef.current?.focus();
  }, [phase]);

  if (phase === 'start') {
    return (
      <div className="enrolment">
        <p>{required ? m.requiredLead : m.optionalLead}</p>
        <p>{m.appHint}</p>
        <FormError>{setup.isError ? errorMessage(setup.error) : null}</FormError>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={setup.isPending}
            onClick={() => setup.mutate()}
          >
            {setup.isPending ? m.starting : m.start}
          </button>
          {onCancel ? (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {m.cancel}
            </button>
          ) : null}
        </div>
      </div>
    );
  }

  if (phase === 'scan' && setup.data) {
    const { secret, otpauthUri } = setup.data;
    return (
      <div className="enrolment">
        <Heading level={headingLevel} ref={headingRef} tabIndex={-1} className="enrolment__heading">
          {m.addTitle}
        </Heading>
        <p>{m.addBody}</p>
        <dl className="enrolment__secret">
          <div>
            <dt>{m.secret}</dt>
            <dd>
              <code className="enrolment__code">{groupSecret(secret)}</code>
              <CopyButton text={secret} label={m.copySecret} />
            </dd>
          </div>
          <div>
            <dt>{m.link}</dt>
            <dd>
              <a href={otpauthUri} className="enrolment__uri">
                {m.openLink}
              </a>
              <code className="enrolment__uri-text">{otpauthUri}</code>
              <CopyButton text={otpauthUri} label={m.copyLink} />
            </dd>
          </div>
        </dl>
        <ConfirmCodeForm
          headingLevel={headingLevel}
          pending={enable.isPending}
          error={enable.error}
          onSubmit={(code) => enable.mutate({ code })}
          onCancel={onCancel}
        />
      </div>
    );
  }

  const codes = enable.data?.recoveryCodes ?? [];
  return (
    <div className="enrolment">
      <Heading level={headingLevel} ref={headingRef} tabIndex={-1} className="enrolment__heading">
        {m.codesTitle}
      </Heading>
      <p>{m.codesLead}</p>
      <p className="notice">{m.codesWarning}</p>
      <ol className="recovery-codes" aria-label={m.codesLabel}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <CopyButton text={codes.join('\n')} label={m.copyCodes} />
        <button
          type="button"
          className="button"
          disabled={done}
          onClick={() => {
            setDone(true);
            void Promise.resolve(onDone()).finally(() => setDone(false));
          }}
        >
          {m.saved}
        </button>
      </div>
    </div>
  );
}

/** An h2 or h3, depending on where the enrolment sits. */
function Heading({ level, ...props }: { level: 2 | 3 } & ComponentPropsWithRef<'h2'>) {
  return level === 2 ? <h2 {...props} /> : <h3 {...props} />;
}

type ConfirmCodeFormProps = {
  headingLevel: 2 | 3;
  pending: boolean;
  error: unknown;
  onSubmit: (code: string) => void;
  onCancel?: () => void;
};

function ConfirmCodeForm({
  headingLevel,
  pending,
  error,
  onSubmit,
  onCancel,
}: ConfirmCodeFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const serverErrors = fieldErrorsFromError(error);
  // The server's detail says more than its short field message ("Code klopt niet.").
  const shownError = errors.code ?? (serverErrors.code ? errorMessage(error) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(totpInputSchema, { code });
    if (!checked.success) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current, checked.errors);
      return;
    }
    setErrors({});
    onSubmit(checked.data.code);
  };

  return (
    <form ref={formRef} className="form-stack" noValidate onSubmit={submit}>
      <Heading level={headingLevel} className="enrolment__subheading">
        {m.confirmTitle}
      </Heading>
      <FormError>{error && !serverErrors.code ? errorMessage(error) : null}</FormError>
      <TextField
        label={m.code}
        hint={m.codeHint}
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        spellCheck={false}
        value={code}
        onChange={(value) => {
          setCode(value);
          setErrors({});
        }}
        error={shownError}
        className="field--code"
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? m.confirming : m.confirm}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {m.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
