import {
  createEvaluationInputSchema,
  type EvaluationDetail,
  type ParticipantSide,
  type PlanWarning,
} from '@zet/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { PageHeading } from '../../../components/ui/page-heading';
import { ErrorState, Skeleton } from '../../../components/ui/query-states';
import { StatusMessage, type Feedback } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/api-client';
import {
  fieldErrorsFromError,
  focusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../../lib/form-errors';
import { useEvaluation } from '../api/get-evaluation';
import { useFacilitators, useTargetGroups, type FacilitatorOption } from '../api/get-plan-options';
import {
  conflictingEvaluation,
  useCreateEvaluation,
  useUpdateEvaluationPlan,
} from '../api/save-evaluation-plan';
import { evaluationMessages } from '../messages';
import { evaluationPaths } from '../utils/evaluation-paths';
import type { EvaluationLabels } from '../utils/labels';
import { rolesForSide, type RoleOption } from '../utils/perspectives';
import {
  emptyGroup,
  emptyPlan,
  emptyRound,
  expectedKey,
  expectedTotal,
  groupWarnings,
  PARTNERSHIP_WIDE,
  planValuesFromDetail,
  schoolYearOf,
  toPlanInput,
  type PlanGroupValues,
  type PlanRoundValues,
  type PlanValues,
} from '../utils/plan-form';
import type { EvaluationFlash } from './evaluation-page';
import './capture.css';
import './evaluation-pages.css';

const m = evaluationMessages.plan;
const SIDES: readonly ParticipantSide[] = ['school', 'instituut'];

type PlanPageProps = {
  partnershipId: string;
  /** Absent: plan a new evaluation. */
  evaluationId?: string;
  labels: EvaluationLabels | undefined;
  locations: { id: string; name: string; archived: boolean }[];
};

/** Plan a ZET-dagdeel, or change the plan of a draft: rounds, theme groups, who leads and who comes. */
export function PlanPage({ partnershipId, evaluationId, labels, locations }: PlanPageProps) {
  if (evaluationId === undefined) {
    return (
      <PlanForm
        partnershipId={partnershipId}
        labels={labels}
        locations={locations}
        detail={undefined}
      />
    );
  }
  return (
    <EditPlan
      partnershipId={partnershipId}
      evaluationId={evaluationId}
      labels={labels}
      locations={locations}
    />
  );
}

function EditPlan({
  partnershipId,
  evaluationId,
  labels,
  locations,
}: PlanPageProps & { evaluationId: string }) {
  const evaluation = useEvaluation(partnershipId, evaluationId);
  if (evaluation.isPending) return <Skeleton lines={10} />;
  if (evaluation.isError && evaluation.data === undefined) {
    return (
      <>
        <PageHeading>{m.editTitle}</PageHeading>
        <ErrorState error={evaluation.error} onRetry={() => void evaluation.refetch()} />
      </>
    );
  }
  return (
    <PlanForm
      key={evaluationId}
      partnershipId={partnershipId}
      labels={labels}
      locations={locations}
      detail={evaluation.data}
    />
  );
}

type PlanFormProps = Omit<PlanPageProps, 'evaluationId'> & { detail: EvaluationDetail | undefined };

function PlanForm({ partnershipId, labels, locations, detail }: PlanFormProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const arrivedSaved = (location.state as EvaluationFlash | null)?.flash === 'planSaved';
  const [values, setValues] = useState<PlanValues>(() =>
    detail ? planValuesFromDetail(detail) : emptyPlan(),
  );
  const [saved, setSaved] = useState<EvaluationDetail | undefined>(detail);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [feedback, setFeedback] = useState<Feedback>(
    arrivedSaved ? { tone: 'success', message: m.saved } : null,
  );
  const [conflict, setConflict] = useState<EvaluationDetail | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const editable =
    detail === undefined || (detail.permissions.editPlan && detail.status === 'draft');
  const facilitators = useFacilitators(partnershipId, { enabled: editable });
  const targetGroups = useTargetGroups(partnershipId, { enabled: editable });
  const create = useCreateEvaluation(partnershipId);
  const update = useUpdateEvaluationPlan(partnershipId, detail?.id ?? '');
  const pending = create.isPending || update.isPending;

  const isNew = detail === undefined;
  const finalised = saved?.status === 'finalised';
  const mayEdit = isNew || (saved?.permissions.editPlan ?? false);
  const warnings = saved?.warnings ?? [];
  const title = isNew ? m.newTitle : m.editTitle;
  const back = isNew
    ? evaluationPaths.partnership(partnershipId)
    : evaluationPaths.evaluation(partnershipId, detail.id);

  const onFailure = (error: unknown) => {
    const current = conflictingEvaluation(error);
    if (current) {
      setConflict(current);
      setFeedback({ tone: 'error', message: m.conflict });
      return;
    }
    const fieldErrors = fieldErrorsFromError(error);
    setErrors(fieldErrors);
    setFeedback({ tone: 'error', message: errorMessage(error) });
    requestAnimationFrame(() => focusFirstInvalid(formRef.current, fieldErrors));
  };

  const submit = (event: FormEvent, version?: number) => {
    event.preventDefault();
    setFeedback(null);
    const input = toPlanInput(values);
    const checked = validate(createEvaluationInputSchema, input);
    if (!checked.success) {
      setErrors(checked.errors);
      setFeedback({ tone: 'error', message: m.invalid });
      requestAnimationFrame(() => focusFirstInvalid(formRef.current, checked.errors));
      return;
    }
    setErrors({});
    if (isNew) {
      create.mutate(input, {
        onSuccess: (created) => {
          const state: EvaluationFlash = { flash: 'planSaved' };
          void navigate(evaluationPaths.plan(partnershipId, created.id), { state, replace: true });
        },
        onError: onFailure,
      });
      return;
    }
    update.mutate(
      { ...input, version: version ?? saved?.version ?? detail.version },
      {
        onSuccess: (next) => {
          setSaved(next);
          setConflict(undefined);
          setValues(planValuesFromDetail(next));
          setFeedback({ tone: 'success', message: m.saved });
        },
        onError: onFailure,
      },
    );
  };

  const setRound = (index: number, change: (round: PlanRoundValues) => PlanRoundValues) =>
    setValues((current) => ({
      ...current,
      rounds: current.rounds.map((round, i) => (i === index ? change(round) : round)),
    }));
  const setGroup = (
    roundIndex: number,
    groupIndex: number,
    change: (group: PlanGroupValues) => PlanGroupValues,
  ) =>
    setRound(roundIndex, (round) => ({
      ...round,
      groups: round.groups.map((group, i) => (i === groupIndex ? change(group) : group)),
    }));

  const themeOptions = withPlannedThemes(labels?.themes ?? [], saved);
  const schoolYear = schoolYearOf(values.heldOn);

  if (finalised || !mayEdit) {
    return (
      <>
        <p className="breadcrumb">
          <Link to={back}>{m.back}</Link>
        </p>
        <PageHeading>{title}</PageHeading>
        <p className="notice">{finalised ? m.finalised : m.notAllowed}</p>
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{saved ? saved.title : m.back}</Link>
      </p>
      <PageHeading documentTitle={saved ? `${title}: ${saved.title}` : title}>{title}</PageHeading>
      <p className="page-lead">{m.lead}</p>
      <StatusMessage feedback={feedback} />
      {conflict ? (
        <div className="form-actions plan-conflict">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setValues(planValuesFromDetail(conflict));
              setSaved(conflict);
              setConflict(undefined);
              setFeedback(null);
            }}
          >
            {m.loadLatest}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={(event) => submit(event, conflict.version)}
          >
            {m.overwrite}
          </button>
        </div>
      ) : null}

      <form ref={formRef} className="plan-form" onSubmit={(event) => submit(event)} noValidate>
        <section aria-labelledby="plan-general" className="panel plan-section">
          <h2 id="plan-general">{m.general}</h2>
          <div className="form-row">
            <TextField
              label={m.title}
              name="title"
              value={values.title}
              onChange={(title) => setValues((v) => ({ ...v, title }))}
              hint={m.titleHint}
              error={errors.title}
              maxLength={200}
            />
          </div>
          <div className="form-row">
            <div className={`field${errors.locationId ? ' field--invalid' : ''}`}>
              <label htmlFor="plan-location" className="field__label">
                {m.location}
              </label>
              {errors.locationId ? (
                <p id="plan-location-error" className="field__error">
                  {errors.locationId}
                </p>
              ) : null}
              <select
                id="plan-location"
                name="locationId"
                value={values.locationId}
                onChange={(event) => setValues((v) => ({ ...v, locationId: event.target.value }))}
                aria-invalid={errors.locationId ? true : undefined}
                aria-describedby={errors.locationId ? 'plan-location-error' : undefined}
              >
                <option value="">{m.chooseLocation}</option>
                <option value={PARTNERSHIP_WIDE}>{m.partnershipWide}</option>
                {locations
                  .filter((l) => !l.archived || l.id === values.locationId)
                  .map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
              </select>
            </div>
            <TextField
              label={m.heldOn}
              name="heldOn"
              type="date"
              value={values.heldOn}
              onChange={(heldOn) => setValues((v) => ({ ...v, heldOn }))}
              hint={
                schoolYear ? `${m.schoolYear(schoolYear)}. ${m.schoolYearHint}` : m.schoolYearHint
              }
              error={errors.heldOn ?? errors.schoolYear}
            />
          </div>
          {targetGroups.data && targetGroups.data.length > 0 ? (
            <ChoiceGroup
              type="checkbox"
              legend={m.targetGroups}
              hint={m.targetGroupsHint}
              name="targetGroupIds"
              choices={targetGroups.data.map((group) => ({ value: group.id, label: group.name }))}
              value={values.targetGroupIds}
              onChange={(targetGroupIds) => setValues((v) => ({ ...v, targetGroupIds }))}
              error={errors.targetGroupIds}
            />
          ) : null}
          <ContentVersionLine labels={labels} versionId={saved?.contentVersion} />
        </section>

        <section aria-labelledby="plan-rounds" className="plan-rounds">
          <h2 id="plan-rounds">{m.rounds}</h2>
          {warnings.length > 0 ? (
            <p className="plan-warnings plan-warnings--summary">
              {evaluationMessages.evaluation.warningsHelp}
            </p>
          ) : null}
          {errors.rounds ? <p className="field__error">{errors.rounds}</p> : null}
          {values.rounds.map((round, roundIndex) => (
            <fieldset key={round.key} className="panel plan-round">
              <legend className="plan-round__legend">{m.round(roundIndex + 1)}</legend>
              <div className="plan-round__head">
                <TextField
                  label={m.roundLabel}
                  name={`rounds.${roundIndex}.label`}
                  value={round.label}
                  onChange={(label) => setRound(roundIndex, (r) => ({ ...r, label }))}
                  hint={m.roundLabelHint}
                  error={errors[`rounds.${roundIndex}.label`]}
                  maxLength={100}
                />
                {values.rounds.length > 1 ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() =>
                      setValues((v) => ({
                        ...v,
                        rounds: v.rounds.filter((_, i) => i !== roundIndex),
                      }))
                    }
                  >
                    {m.removeRound(roundIndex + 1)}
                  </button>
                ) : null}
              </div>
              {round.groups.map((group, groupIndex) => (
                <PlanGroup
                  key={group.key}
                  group={group}
                  path={`rounds.${roundIndex}.groups.${groupIndex}`}
                  number={groupIndex + 1}
                  errors={errors}
                  warnings={groupWarnings(warnings, roundIndex, groupIndex)}
                  themes={themeOptions}
                  facilitators={withAssigned(facilitators.data ?? [], saved, group.facilitatorId)}
                  roles={labels?.roles ?? []}
                  onChange={(change) => setGroup(roundIndex, groupIndex, change)}
                  onRemove={
                    round.groups.length > 1
                      ? () =>
                          setRound(roundIndex, (r) => ({
                            ...r,
                            groups: r.groups.filter((_, i) => i !== groupIndex),
                          }))
                      : undefined
                  }
                />
              ))}
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  setRound(roundIndex, (r) => ({ ...r, groups: [...r.groups, emptyGroup()] }))
                }
              >
                {m.addGroup}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setValues((v) => ({ ...v, rounds: [...v.rounds, emptyRound()] }))}
          >
            {m.addRound}
          </button>
        </section>

        <div className="form-actions plan-submit">
          <button type="submit" className="button" disabled={pending}>
            {pending ? m.saving : isNew ? m.create : m.save}
          </button>
          <Link to={back}>{evaluationMessages.review.cancel}</Link>
        </div>
      </form>
    </>
  );
}

function PlanGroup({
  group,
  path,
  number,
  errors,
  warnings,
  themes,
  facilitators,
  roles,
  onChange,
  onRemove,
}: {
  group: PlanGroupValues;
  path: string;
  number: number;
  errors: FieldErrors;
  warnings: PlanWarning[];
  themes: { code: string; name: string }[];
  facilitators: FacilitatorOption[];
  roles: RoleOption[];
  onChange: (change: (group: PlanGroupValues) => PlanGroupValues) => void;
  onRemove: (() => void) | undefined;
}) {
  const { total, roles: roleCount } = expectedTotal(group);
  // Open for a group without anyone yet; then as the user leaves it (not closed mid-typing).
  const [expectedOpen, setExpectedOpen] = useState(total === 0);
  const themeError = errors[`${path}.themeCode`];
  const facilitatorError = errors[`${path}.facilitatorId`];
  const id = path.replaceAll('.', '-');
  return (
    <fieldset className={`plan-group${warnings.length > 0 ? ' has-warnings' : ''}`}>
      <legend className="plan-group__legend">{m.group(number)}</legend>
      <div className="form-row">
        <div className={`field${themeError ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-theme`} className="field__label">
            {m.theme}
          </label>
          {themeError ? (
            <p id={`${id}-theme-error`} className="field__error">
              {themeError}
            </p>
          ) : null}
          <select
            id={`${id}-theme`}
            name={`${path}.themeCode`}
            value={group.themeCode}
            onChange={(event) => onChange((g) => ({ ...g, themeCode: event.target.value }))}
            aria-invalid={themeError ? true : undefined}
            aria-describedby={themeError ? `${id}-theme-error` : undefined}
          >
            <option value="">{m.chooseTheme}</option>
            {themes.map((theme) => (
              <option key={theme.code} value={theme.code}>
                {theme.name}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={m.groupLabel}
          name={`${path}.groupLabel`}
          value={group.groupLabel}
          onChange={(groupLabel) => onChange((g) => ({ ...g, groupLabel }))}
          hint={m.groupLabelHint}
          error={errors[`${path}.groupLabel`]}
          maxLength={60}
        />
        <div className={`field${facilitatorError ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-facilitator`} className="field__label">
            {m.facilitator}
          </label>
          {facilitatorError ? <p className="field__error">{facilitatorError}</p> : null}
          <select
            id={`${id}-facilitator`}
            name={`${path}.facilitatorId`}
            value={group.facilitatorId}
            onChange={(event) => onChange((g) => ({ ...g, facilitatorId: event.target.value }))}
          >
            <option value="">{m.noFacilitator}</option>
            {facilitators.map((person) => (
              <option key={person.userId} value={person.userId}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {warnings.length > 0 ? (
        <ul className="plan-group__warnings">
          {warnings.map((warning, index) => (
            <li key={`${warning.code}-${index}`}>{warning.message}</li>
          ))}
        </ul>
      ) : null}
      <details
        className="plan-expected"
        open={expectedOpen}
        onToggle={(event) => setExpectedOpen(event.currentTarget.open)}
      >
        <summary>{m.expectedSummary(total, roleCount)}</summary>
        <div className="participants">
          {SIDES.map((side) => (
            <fieldset key={side} className="participants__side">
              <legend className="participants__legend">{evaluationMessages.sides[side]}</legend>
              <ul className="participants__list">
                {rolesForSide(roles, side).map((role) => {
                  const key = expectedKey(role.code, side);
                  const inputId = `${id}-${key.replace('|', '-')}`;
                  const count = group.expected[key] ?? 0;
                  return (
                    <li
                      key={key}
                      className={`participant${count > 0 ? ' participant--present' : ''}`}
                    >
                      <label htmlFor={inputId} className="participant__role">
                        <span className="visually-hidden">
                          {m.expectedFor(role.name, evaluationMessages.sides[side])}
                        </span>
                        <span aria-hidden="true">{role.name}</span>
                      </label>
                      <input
                        id={inputId}
                        className="input participant__count"
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={100}
                        placeholder="0"
                        value={count === 0 ? '' : count}
                        onChange={(event) => {
                          const value = Number.parseInt(event.target.value, 10);
                          const expected = Number.isNaN(value)
                            ? 0
                            : Math.max(0, Math.min(100, value));
                          onChange((g) => ({ ...g, expected: { ...g.expected, [key]: expected } }));
                        }}
                      />
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
        </div>
      </details>
      {onRemove ? (
        <button
          type="button"
          className="button button--link small plan-group__remove"
          onClick={onRemove}
        >
          {m.removeGroup(number)}
        </button>
      ) : null}
    </fieldset>
  );
}

/** The content's themes, plus themes already in the plan that the list lacks (another version). */
function withPlannedThemes(
  themes: { code: string; name: string }[],
  detail: EvaluationDetail | undefined,
): { code: string; name: string }[] {
  const extra = (detail?.rounds ?? [])
    .flatMap((round) => round.sessions)
    .filter((session) => !themes.some((theme) => theme.code === session.themeCode))
    .map((session) => ({ code: session.themeCode, name: session.themeName }));
  const unique = extra.filter((t, i) => extra.findIndex((o) => o.code === t.code) === i);
  return [...themes, ...unique];
}

/** Facilitators to choose from, keeping someone already assigned who is no longer listed. */
function withAssigned(
  options: FacilitatorOption[],
  detail: EvaluationDetail | undefined,
  chosen: string,
): FacilitatorOption[] {
  if (chosen === '' || options.some((o) => o.userId === chosen)) return options;
  const assigned = (detail?.rounds ?? [])
    .flatMap((round) => round.sessions)
    .find((session) => session.facilitator?.userId === chosen)?.facilitator;
  return [
    ...options,
    { userId: chosen, name: assigned?.name ?? evaluationMessages.evaluation.unknownPerson },
  ];
}

/** Which ZET content the dagdeel uses: the current version for a new one, fixed afterwards. */
function ContentVersionLine({
  labels,
  versionId,
}: {
  labels: EvaluationLabels | undefined;
  versionId: string | undefined;
}) {
  const versions = labels?.contentVersions ?? [];
  const version = versionId
    ? versions.find((v) => v.id === versionId)
    : versions.find((v) => v.current);
  if (!version && !versionId) return null;
  return (
    <div className="field plan-version">
      <p className="field__label">{m.contentVersion}</p>
      <p>{version?.name ?? versionId}</p>
      <p className="field__hint">{versionId ? m.contentVersionFixed : m.contentVersionNew}</p>
    </div>
  );
}
