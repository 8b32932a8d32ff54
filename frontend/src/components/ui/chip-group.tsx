import { useId } from 'react';

type ChipGroupProps = {
  label: string;
  items: { key: string; label: string }[];
  variant?: 'safeguard' | 'neutral';
};

/** A visibly labelled list of chips, e.g. "Waarborgen: de organisatie · kwaliteitscultuur". */
export function ChipGroup({ label, items, variant = 'neutral' }: ChipGroupProps) {
  const id = useId();
  if (items.length === 0) return null;
  return (
    <div className="chip-group">
      <span id={id} className="chip-group__label">
        {label}
      </span>
      <ul aria-labelledby={id} className="chip-group__list">
        {items.map((item) => (
          <li key={item.key} className={`chip chip--${variant}`}>
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
