import { inviteInputSchema, type Invitation, type MembershipRole } from '@zet/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { Skeleton } from '../../../components/ui/query-states';
import { FormError } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/api-client';
import {
  fieldErrorsFromError,
  focusFirstInvalid,
  validate,
  withMissing,
  type FieldErrors,
} from '../../../lib/form-errors';
import { ROLE_ORDER, roleDescriptions, roleNames } from '../../../lib/roles';
import { useInvitePerson } from '../api/invite-person';
import { peopleMessages as m } from '../messages';
import type { PeopleLocation } from './people-page';

type InviteFormProps = {
  partnershipId: string;
  locations: PeopleLocation[] | undefined;
  onInvited: (invitation: Invitation) => void;
  onCancel: () => void;
};

const FIELDS = ['name', 'email', 'role', 'locationIds'];

/** Name, e-mail address and role; locaties only for a locatie-coördinator. */
export function InviteForm({ partnershipId, locations, onInvited, onCancel }: InviteFormProps) {
  const invite = useInvitePerson(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>();
  const [locationIds, setLocationIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const coordinator = role === 'locatiecoordinator';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const checked = validate(inviteInputSchema, {
      name,
      email,
      role,
      locationIds: coordinator ? locationIds : [],
    });
    if (!checked.success) {
      const fieldErrors = withMissing(checked.errors, { email }, { email: m.emailMissing });
      setErrors(fieldErrors);
      focusFirstInvalid(formRef.current, fieldErrors);
      return;
    }
    setErrors({});
    invite.mutate(checked.data, {
      onSuccess: onInvited,
      onError: (error) => {
        const fieldErrors = fieldErrorsFromError(error);
        setErrors(fieldErrors);
        if (FIELDS.some((field) => fieldErrors[field]))
          focusFirstInvalid(formRef.current, fieldErrors);
        else setFormError(errorMessage(error));
      },
    });
  };

  const activeLocations = (locations ?? []).filter((location) => !location.archived);

  return (
    <form ref={formRef} className="form-stack form-stack--wide" noValidate onSubmit={submit}>
      <p>{m.inviteLead}</p>
      <FormError>{formError}</FormError>
      <div className="form-row">
        <TextField
          label={m.name}
          name="name"
          autoComplete="off"
          value={name}
          onChange={setName}
          error={errors.name}
        />
        <TextField
          label={m.email}
          name="email"
          type="email"
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
      </div>
      <ChoiceGroup
        type="radio"
        legend={m.role}
        name="role"
        value={role}
        onChange={setRole}
        error={errors.role}
        choices={ROLE_ORDER.map((value) => ({
          value,
          label: roleNames[value],
          description: roleDescriptions[value],
        }))}
      />
      {coordinator ? (
        locations === undefined ? (
          <Skeleton lines={3} />
        ) : activeLocations.length === 0 ? (
          <p className="notice">{m.noLocationsYet}</p>
        ) : (
          <ChoiceGroup
            type="checkbox"
            legend={m.locations}
            hint={m.locationsHint}
            name="locationIds"
            value={locationIds}
            onChange={setLocationIds}
            error={errors.locationIds}
            choices={activeLocations.map((location) => ({
              value: location.id,
              label: location.name,
            }))}
          />
        )
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="submit" className="button" disabled={invite.isPending}>
          {invite.isPending ? m.inviting : m.invite}
        </button>
      </div>
    </form>
  );
}
