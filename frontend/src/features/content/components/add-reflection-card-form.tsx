import { addReflectionCardInputSchema } from '@zet/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { FormError, type Feedback } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/api-client';
import {
  fieldErrorsFromError,
  focusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../../lib/form-errors';
import { useAddReflectionCard } from '../api/add-reflection-card';
import type { ThemeRef } from '../api/put-content-override';
import { contentMessages as m } from '../messages';
import { linesToList } from '../utils/adaptation-paths';
import { TextAreaField } from '../../../components/ui/text-field';

const empty = { title: '', insight: '', questions: '' };

/** A reflection card of the partnership's own, added to the theme's cards. */
export function AddReflectionCardForm({
  themeRef,
  onFeedback,
}: {
  themeRef: ThemeRef;
  onFeedback: (feedback: Feedback) => void;
}) {
  const add = useAddReflectionCard(themeRef);
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const checked = validate(addReflectionCardInputSchema, {
      title: values.title.trim(),
      insight: values.insight.trim(),
      questions: linesToList(values.questions),
    });
    if (!checked.success) {
      setErrors(checked.errors);
      requestAnimationFrame(() => focusFirstInvalid(formRef.current, checked.errors));
      return;
    }
    try {
      await add.mutateAsync(checked.data);
      setErrors({});
      setValues(empty);
      onFeedback({ tone: 'success', message: m.cardAdded(checked.data.title) });
    } catch (error) {
      const fieldErrors = fieldErrorsFromError(error);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFailure(error);
      else requestAnimationFrame(() => focusFirstInvalid(formRef.current, fieldErrors));
    }
  };

  const questionsError =
    errors.questions ?? Object.entries(errors).find(([key]) => key.startsWith('questions.'))?.[1];

  return (
    <form
      ref={formRef}
      className="add-card panel"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={headingId}>{m.addCardTitle}</h3>
      <p className="muted">{m.addCardLead}</p>
      <div className="form-stack form-stack--wide">
        <TextField
          label={m.cardTitle}
          name="title"
          value={values.title}
          onChange={(title) => setValues((v) => ({ ...v, title }))}
          error={errors.title}
        />
        <TextAreaField
          label={m.cardInsight}
          name="insight"
          hint={m.cardInsightHint}
          rows={5}
          value={values.insight}
          onChange={(insight) => setValues((v) => ({ ...v, insight }))}
          error={errors.insight}
        />
        <TextAreaField
          label={m.cardQuestionsField}
          name="questions"
          hint={m.listHint}
          rows={4}
          value={values.questions}
          onChange={(questions) => setValues((v) => ({ ...v, questions }))}
          error={questionsError}
        />
        <FormError>{failure ? errorMessage(failure) : null}</FormError>
        <div className="form-actions">
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? m.saving : m.addCardSubmit}
          </button>
        </div>
      </div>
    </form>
  );
}
