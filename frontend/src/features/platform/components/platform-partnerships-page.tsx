import { createPartnershipInputSchema, type PlatformPartnership } from '@zet/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { FormError, StatusMessage, type Feedback } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/api-client';
import { formatDayOf } from '../../../lib/dates';
import {
  fieldErrorsFromError,
  focusFirstInvalid,
  validate,
  withMissing,
  type FieldErrors,
} from '../../../lib/form-errors';
import { useCreatePartnership } from '../api/create-partnership';
import { usePlatformPartnerships } from '../api/get-platform-partnerships';
import { platformMessages as m } from '../messages';
import './platform.css';

/** /beheer/partnerschappen: the platform admin's list of partnerships, and creating one. */
export function PlatformPartnershipsPage() {
  const partnerships = usePlatformPartnerships();
  const [creating, setCreating] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);

  return (
    <>
      <PageHeading>{m.title}</PageHeading>
      <div className="platform-intro">
        <p className="page-lead">{m.lead}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setFeedback(null);
            setCreating(true);
          }}
        >
          {m.create}
        </button>
      </div>
      <StatusMessage feedback={feedback} />
      <QueryView
        query={partnerships}
        loading={<Skeleton lines={6} />}
        isEmpty={(items) => items.length === 0}
        empty={
          <EmptyState title={m.empty}>
            <p>{m.emptyHelp}</p>
          </EmptyState>
        }
      >
        {(items) => <PartnershipTable items={items} />}
      </QueryView>
      <Dialog
        open={creating}
        title={m.create}
        closeLabel={m.close}
        onClose={() => setCreating(false)}
        size="large"
      >
        <CreatePartnershipForm
          onCancel={() => setCreating(false)}
          onCreated={(message) => {
            setCreating(false);
            setFeedback({ tone: 'success', message });
          }}
        />
      </Dialog>
    </>
  );
}

function PartnershipTable({ items }: { items: PlatformPartnership[] }) {
  const sorted = [...items].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <div className="table-scroll">
      <table className="data-table platform-table">
        <caption>
          {m.listLabel} <span className="muted">({m.count(items.length)})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.name}</th>
            <th scope="col">{m.columns.created}</th>
            <th scope="col" className="numeric">
              {m.columns.locations}
            </th>
            <th scope="col" className="numeric">
              {m.columns.members}
            </th>
            <th scope="col" className="numeric">
              {m.columns.evaluations}
            </th>
            <th scope="col" className="numeric">
              {m.columns.invitations}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((partnership) => (
            <tr key={partnership.id}>
              <th scope="row">{partnership.name}</th>
              <td className="nowrap">{formatDayOf(partnership.createdAt)}</td>
              <td className="numeric">{partnership.locationCount}</td>
              <td className="numeric">{partnership.memberCount}</td>
              <td className="numeric">{partnership.evaluationCount}</td>
              <td className="numeric">{partnership.openInvitationCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const FIELDS = ['name', 'programmaleider.name', 'programmaleider.email'];

function CreatePartnershipForm({
  onCreated,
  onCancel,
}: {
  onCreated: (message: string) => void;
  onCancel: () => void;
}) {
  const create = useCreatePartnership();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ name: '', leaderName: '', leaderEmail: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const set = (key: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const checked = validate(createPartnershipInputSchema, {
      name: values.name,
      programmaleider: { name: values.leaderName, email: values.leaderEmail },
    });
    if (!checked.success) {
      const fieldErrors = withMissing(
        checked.errors,
        { 'programmaleider.email': values.leaderEmail },
        { 'programmaleider.email': m.leaderEmailMissing },
      );
      setErrors(fieldErrors);
      focusFirstInvalid(formRef.current, fieldErrors);
      return;
    }
    setErrors({});
    const input = checked.data;
    create.mutate(input, {
      onSuccess: (partnership) =>
        onCreated(
          m.created(partnership.name, input.programmaleider.name, input.programmaleider.email),
        ),
      onError: (error) => {
        const fieldErrors = fieldErrorsFromError(error);
        setErrors(fieldErrors);
        if (FIELDS.some((field) => fieldErrors[field])) {
          focusFirstInvalid(formRef.current, fieldErrors);
        } else {
          setFormError(errorMessage(error));
        }
      },
    });
  };

  return (
    <form ref={formRef} className="form-stack form-stack--wide" noValidate onSubmit={submit}>
      <p>{m.createLead}</p>
      <FormError>{formError}</FormError>
      <TextField
        label={m.name}
        hint={m.nameHint}
        name="name"
        autoComplete="off"
        value={values.name}
        onChange={set('name')}
        error={errors.name}
      />
      <fieldset className="form-stack form-stack--wide">
        <legend className="field__label">{m.leaderLegend}</legend>
        <div className="form-row">
          <TextField
            label={m.leaderName}
            name="programmaleider.name"
            autoComplete="off"
            value={values.leaderName}
            onChange={set('leaderName')}
            error={errors['programmaleider.name']}
          />
          <TextField
            label={m.leaderEmail}
            name="programmaleider.email"
            type="email"
            autoComplete="off"
            inputMode="email"
            spellCheck={false}
            value={values.leaderEmail}
            onChange={set('leaderEmail')}
            error={errors['programmaleider.email']}
          />
        </div>
      </fieldset>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? m.submitting : m.submit}
        </button>
      </div>
    </form>
  );
}
