import type { ReactNode } from 'react';
import { contentMessages as m } from '../messages';
import type { DiffPart } from '../utils/word-diff';

/** A change without its surrounding whitespace, so the mark does not underline spaces. */
function marked(text: string, wrap: (core: string) => ReactNode): ReactNode {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, before = '', core = '', after = ''] = match ?? [];
  return (
    <>
      {before}
      {core ? wrap(core) : null}
      {after}
    </>
  );
}

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
              <span key={index}>
                {marked(part.text, (core) => (
                  <del>
                    <span className="visually-hidden">{m.diffRemoved} </span>
                    {core}
                  </del>
                ))}
              </span>
            );
          case 'added':
            return (
              <span key={index}>
                {marked(part.text, (core) => (
                  <ins>
                    <span className="visually-hidden">{m.diffAdded} </span>
                    {core}
                  </ins>
                ))}
              </span>
            );
        }
      })}
    </div>
  );
}
