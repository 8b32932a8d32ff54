import { updateMemberAccessInputSchema, type Member, type MembershipRole } from '@zet/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { Dialog } from '../../../components/ui/dialog';
import { Skeleton } from '../../../components/ui/query-states';
import { FormError, StatusMessage, type Feedback } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/api-client';
import {
  fieldErrorsFromError,
  focusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../../lib/form-errors';
import { ROLE_ORDER, roleDescriptions, roleNames } from '../../../lib/roles';
import { saveFile } from '../../../lib/save-file';
import { useErasePerson } from '../api/erase-person';
import { useExportPerson } from '../api/export-person';
import { useRevokeMemberAccess } from '../api/revoke-member-access';
import { useUpdateMemberAccess } from '../api/update-member-access';
import { peopleMessages as m } from '../messages';
import { isSameName } from '../utils/same-name';
import type { PeopleLocation } from './people-page';

type View = 'manage' | 'revoke' | 'erase';

type MemberDialogProps = {
  partnershipId: string;
  member: Member;
  isSelf: boolean;
  locations: PeopleLocation[] | undefined;
  onClose: () => void;
  /**
   * The dialog's work is done: close it and announce this on the page. `removed`: the member is
   * no longer listed, so focus cannot go back to their button.
   */
  onDone: (message: string, removed?: boolean) => void;
};

/** One member: change roles and locaties, download their data, revoke access, or erase them. */
export function MemberDialog({
  partnershipId,
  member,
  isSelf,
  locations,
  onClose,
  onDone,
}: MemberDialogProps) {
  const [view, setView] = useState<View>('manage');
  const title =
    view === 'revoke'
      ? m.revokeTitle(member.name)
      : view === 'erase'
        ? m.eraseTitle(member.name)
        : member.name;

  return (
    <Dialog
      open
      title={title}
      step={view}
      closeLabel={m.dialogClose}
      onClose={onClose}
      size="large"
    >
      {view === 'manage' ? (
        <>
          <p className="member-dialog__email">{member.email}</p>
          <AccessForm
            partnershipId={partnershipId}
            member={member}
            locations={locations}
            onSaved={() => onDone(m.accessSaved(member.name))}
          />
          <DataSection
            partnershipId={partnershipId}
            member={member}
            isSelf={isSelf}
            onRevoke={() => setView('revoke')}
            onErase={() => setView('erase')}
          />
        </>
      ) : view === 'revoke' ? (
        <RevokeAccess
          partnershipId={partnershipId}
          member={member}
          onCancel={() => setView('manage')}
          onRevoked={() => onDone(m.revoked(member.name), true)}
        />
      ) : (
        <ErasePerson
          partnershipId={partnershipId}
          member={member}
          onCancel={() => setView('manage')}
          onErased={(message) => onDone(message, true)}
        />
      )}
    </Dialog>
  );
}

function AccessForm({
  partnershipId,
  member,
  locations,
  onSaved,
}: {
  partnershipId: string;
  member: Member;
  locations: PeopleLocation[] | undefined;
  onSaved: () => void;
}) {
  const update = useUpdateMemberAccess(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [roles, setRoles] = useState<MembershipRole[]>(member.roles);
  const [locationIds, setLocationIds] = useState<string[]>(member.locationIds);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const coordinator = roles.includes('locatiecoordinator');
  // Archived locaties stay listed for someone who still has them.
  const choosable = (locations ?? []).filter(
    (location) => !location.archived || member.locationIds.includes(location.id),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const checked = validate(updateMemberAccessInputSchema, {
      roles,
      locationIds: coordinator ? locationIds : [],
    });
    if (!checked.success) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current, checked.errors);
      return;
    }
    setErrors({});
    update.mutate(
      { userId: member.userId, input: checked.data },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const fieldErrors = fieldErrorsFromError(error);
          setErrors(fieldErrors);
          if (fieldErrors.roles || fieldErrors.locationIds) {
            focusFirstInvalid(formRef.current, fieldErrors);
          } else {
            setFormError(errorMessage(error));
          }
        },
      },
    );
  };

  return (
    <section aria-labelledby="member-access" className="member-dialog__section">
      <h3 id="member-access">{m.accessTitle}</h3>
      <form ref={formRef} className="form-stack form-stack--wide" noValidate onSubmit={submit}>
        <FormError>{formError}</FormError>
        <ChoiceGroup
          type="checkbox"
          legend={m.roles}
          name="roles"
          value={roles}
          onChange={setRoles}
          error={errors.roles}
          choices={ROLE_ORDER.map((value) => ({
            value,
            label: roleNames[value],
            description: roleDescriptions[value],
          }))}
        />
        {coordinator ? (
          locations === undefined ? (
            <Skeleton lines={3} />
          ) : (
            <ChoiceGroup
              type="checkbox"
              legend={m.locations}
              hint={m.locationsHint}
              name="locationIds"
              value={locationIds}
              onChange={setLocationIds}
              error={errors.locationIds}
              choices={choosable.map((location) => ({
                value: location.id,
                label: location.name,
              }))}
            />
          )
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? m.busy : m.accessSave}
          </button>
        </div>
      </form>
    </section>
  );
}

function ExportButton({ partnershipId, member }: { partnershipId: string; member: Member }) {
  const exportPerson = useExportPerson(partnershipId);
  const [feedback, setFeedback] = useState<Feedback>(null);
  return (
    <>
      <StatusMessage feedback={feedback} />
      <button
        type="button"
        className="button button--secondary"
        disabled={exportPerson.isPending}
        onClick={() => {
          setFeedback(null);
          exportPerson.mutate(member.userId, {
            onSuccess: ({ blob, fileName }) => {
              saveFile(blob, fileName);
              setFeedback({ tone: 'success', message: m.exported(member.name) });
            },
            onError: (error) => setFeedback({ tone: 'error', message: errorMessage(error) }),
          });
        }}
      >
        {exportPerson.isPending ? m.busy : m.exportButton}
      </button>
    </>
  );
}

function DataSection({
  partnershipId,
  member,
  isSelf,
  onRevoke,
  onErase,
}: {
  partnershipId: string;
  member: Member;
  isSelf: boolean;
  onRevoke: () => void;
  onErase: () => void;
}) {
  return (
    <section aria-labelledby="member-data" className="member-dialog__section">
      <h3 id="member-data">{m.dataTitle}</h3>
      <div className="member-dialog__action">
        <ExportButton partnershipId={partnershipId} member={member} />
        <p className="muted small">{m.exportHint}</p>
      </div>
      {isSelf ? (
        <p className="muted">{m.selfHint}</p>
      ) : (
        <>
          <div className="member-dialog__action">
            <button type="button" className="button button--secondary" onClick={onRevoke}>
              {m.revokeAccess}
            </button>
            <p className="muted small">{m.revokeAccessHint}</p>
          </div>
          <div className="member-dialog__action">
            <button
              type="button"
              className="button button--secondary button--danger-outline"
              onClick={onErase}
            >
              {m.erase}
            </button>
            <p className="muted small">{m.eraseHint}</p>
          </div>
        </>
      )}
    </section>
  );
}

function RevokeAccess({
  partnershipId,
  member,
  onCancel,
  onRevoked,
}: {
  partnershipId: string;
  member: Member;
  onCancel: () => void;
  onRevoked: () => void;
}) {
  const revoke = useRevokeMemberAccess(partnershipId);
  return (
    <>
      {m.revokeBody(member.name).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <FormError>{revoke.isError ? errorMessage(revoke.error) : null}</FormError>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {m.cancel}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={revoke.isPending}
          onClick={() => revoke.mutate(member.userId, { onSuccess: onRevoked })}
        >
          {revoke.isPending ? m.busy : m.revokeConfirm}
        </button>
      </div>
    </>
  );
}

function ErasePerson({
  partnershipId,
  member,
  onCancel,
  onErased,
}: {
  partnershipId: string;
  member: Member;
  onCancel: () => void;
  onErased: (message: string) => void;
}) {
  const erase = useErasePerson(partnershipId);
  const [confirmName, setConfirmName] = useState('');
  const fieldErrors = fieldErrorsFromError(erase.error);
  const matches = isSameName(confirmName, member.name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!matches) return;
    erase.mutate(
      { userId: member.userId, input: { confirmName } },
      {
        onSuccess: (result) =>
          onErased(m.erased(member.name, result.textsRedacted, result.accountErased)),
      },
    );
  };

  return (
    <form noValidate onSubmit={submit}>
      <p className="notice notice--danger">{m.eraseWarning}</p>
      <div className="erase-summary">
        <section aria-labelledby="erase-goes">
          <h3 id="erase-goes">{m.eraseGoesTitle}</h3>
          <ul>
            {m.eraseGoes.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="erase-stays">
          <h3 id="erase-stays">{m.eraseStaysTitle}</h3>
          <ul>
            {m.eraseStays.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      </div>
      <div className="member-dialog__action">
        <p>{m.eraseExportFirst}</p>
        <ExportButton partnershipId={partnershipId} member={member} />
      </div>
      <FormError>
        {erase.isError && !fieldErrors.confirmName ? errorMessage(erase.error) : null}
      </FormError>
      <TextField
        label={m.eraseConfirmLabel(member.name)}
        name="confirmName"
        autoComplete="off"
        spellCheck={false}
        value={confirmName}
        onChange={setConfirmName}
        error={fieldErrors.confirmName}
      />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {m.cancel}
        </button>
        <button
          type="submit"
          className="button button--danger"
          disabled={!matches || erase.isPending}
        >
          {erase.isPending ? m.busy : m.eraseConfirm}
        </button>
      </div>
    </form>
  );
}
