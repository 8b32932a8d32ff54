import type { ReactNode } from 'react';
import { PageHeading } from '../../../components/ui/page-heading';
import { importMessages as m } from '../messages';
import { ImportPanel } from './import-panel';
import { TemplateSection } from './template-section';
import '../../../components/ui/forms.css';
import './imports.css';

type ImportPageProps = {
  partnershipId: string;
  /** Shown under the heading, e.g. the links between the management pages. */
  navigation?: ReactNode;
};

/** Importing earlier years' ZET results from a spreadsheet: the template, a check, the import. */
export function ImportPage({ partnershipId, navigation }: ImportPageProps) {
  return (
    <>
      <PageHeading>{m.title}</PageHeading>
      {navigation}
      <p className="page-lead">{m.lead}</p>
      <div className="import-steps">
        <TemplateSection partnershipId={partnershipId} />
        <ImportPanel partnershipId={partnershipId} />
      </div>
    </>
  );
}
