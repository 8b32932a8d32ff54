import { contentMessages as m } from '../messages';
import type { DiffPart } from '../utils/word-diff';

/**
 * One side of a word diff. Removed words are struck through, added words underlined and marked;
 * screen readers hear "verwijderd:" or "toegevoegd:" before them.
 */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <div className="diff-text">
      {parts.map((part, index) => {
        switch (part.kind) {
          case 'same':
            return <span key={index}>{part.text}</span>;
          case 'removed':
            return (
              <del key={index}>
                <span className="visually-hidden">{m.diffRemoved} </span>
                {part.text}
              </del>
            );
          case 'added':
            return (
              <ins key={index}>
                <span className="visually-hidden">{m.diffAdded} </span>
                {part.text}
              </ins>
            );
        }
      })}
    </div>
  );
}
