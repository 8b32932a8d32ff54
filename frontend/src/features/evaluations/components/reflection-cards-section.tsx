import { ChoiceGroup } from '../../../components/ui/choice-group';
import { evaluationMessages } from '../messages';

const m = evaluationMessages.capture;

export type ReflectionCardOption = { code: string; title: string };

type ReflectionCardsSectionProps = {
  /** Makes the heading id unique on the page: `capture` gives `capture-cards`. */
  idPrefix: string;
  /** Undefined while the theme's cards load. */
  cards: ReflectionCardOption[] | undefined;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
};

/** The reflection cards the group used, chosen from the theme's cards. */
export function ReflectionCardsSection({
  idPrefix,
  cards,
  value,
  onChange,
  error,
}: ReflectionCardsSectionProps) {
  const headingId = `${idPrefix}-cards`;
  return (
    <section aria-labelledby={headingId} className="capture-section">
      <h2 id={headingId}>{m.sections.cards}</h2>
      {cards === undefined ? (
        <p className="muted">{m.cardsLoading}</p>
      ) : cards.length === 0 ? (
        <p className="muted">{m.cardsEmpty}</p>
      ) : (
        <ChoiceGroup
          type="checkbox"
          legend={<span className="visually-hidden">{m.sections.cards}</span>}
          name="reflectionCards"
          choices={cards.map((card) => ({ value: card.code, label: card.title }))}
          value={value}
          onChange={onChange}
          error={error}
        />
      )}
    </section>
  );
}

/** The theme's cards, plus any card already recorded that the list no longer has. */
export function withKeptCards(
  cards: ReflectionCardOption[],
  chosen: string[],
): ReflectionCardOption[] {
  const missing = chosen.filter((code) => !cards.some((card) => card.code === code));
  return [...cards, ...missing.map((code) => ({ code, title: code }))];
}
