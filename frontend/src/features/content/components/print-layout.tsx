import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { contentMessages as m } from '../messages';
import './content.css';
import './print.css';

type PrintLayoutProps = {
  /** The page's document title and screen heading, e.g. "Werkblad · Visie". */
  title: string;
  backTo: { url: string; label: string };
  hint: string;
  children: ReactNode;
};

/**
 * A print view: on screen a toolbar (back, "Afdrukken") above the sheet as it will print; on
 * paper only the sheet.
 */
export function PrintLayout({ title, backTo, hint, children }: PrintLayoutProps) {
  return (
    <div className="print-view">
      <div className="print-toolbar">
        <nav aria-label={m.breadcrumb} className="breadcrumb">
          <Link to={backTo.url}>{backTo.label}</Link>
        </nav>
        <PageHeading documentTitle={title}>{title}</PageHeading>
        <p className="muted print-toolbar__hint">{hint}</p>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {m.print}
          </button>
        </p>
      </div>
      {children}
    </div>
  );
}
