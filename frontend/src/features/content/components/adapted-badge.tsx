import { contentMessages as m } from '../messages';

/** Marks a text the partnership rewrote (or added) on top of the base version. */
export function AdaptedBadge({ kind = 'rewrite' }: { kind?: 'rewrite' | 'addition' }) {
  return (
    <span className="adapted-badge">{kind === 'addition' ? m.addedBadge : m.adaptedBadge}</span>
  );
}
