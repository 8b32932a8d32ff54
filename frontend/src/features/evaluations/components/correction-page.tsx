import type { ThemeSessionCapture } from '@zet/contracts';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { ErrorState, Skeleton } from '../../../components/ui/query-states';
import { useEvaluation } from '../api/get-evaluation';
import { useThemeSession } from '../api/get-theme-session';
import { evaluationMessages } from '../messages';
import { evaluationPaths } from '../utils/evaluation-paths';
import { CorrectionForm } from './correction-form';
import type { SessionPageProps } from './session-page-props';
import './capture.css';
import './correction.css';

const m = evaluationMessages.correction;

/** Correctie aanbrengen: a new version of a finalised theme session, with a reason. */
export function CorrectionPage(props: SessionPageProps) {
  const { partnershipId, evaluationId, sessionId } = props;
  const session = useThemeSession(partnershipId, evaluationId, sessionId);
  const evaluation = useEvaluation(partnershipId, evaluationId);
  const back = evaluationPaths.capture(partnershipId, evaluationId, sessionId);

  if (session.isPending || evaluation.isPending) return <Skeleton lines={10} />;
  const failed = session.isError ? session.error : evaluation.isError ? evaluation.error : null;
  if (failed !== null || session.data === undefined || evaluation.data === undefined) {
    return (
      <>
        <PageHeading>{m.title}</PageHeading>
        <ErrorState
          error={failed}
          onRetry={() => {
            void session.refetch();
            void evaluation.refetch();
          }}
          retrying={session.isFetching || evaluation.isFetching}
        />
      </>
    );
  }
  const refusal =
    session.data.evaluationStatus !== 'finalised'
      ? m.notFinalised
      : !evaluation.data.permissions.correct
        ? m.notAllowed
        : null;
  if (refusal) return <Refused doc={session.data} message={refusal} back={back} />;
  return (
    <CorrectionForm
      key={sessionId}
      {...props}
      initial={session.data}
      evaluation={evaluation.data}
      back={back}
    />
  );
}

function Refused({
  doc,
  message,
  back,
}: {
  doc: ThemeSessionCapture;
  message: string;
  back: string;
}) {
  return (
    <>
      <PageHeading>
        {m.heading(evaluationMessages.capture.heading(doc.themeName, doc.groupLabel))}
      </PageHeading>
      <p className="notice">{message}</p>
      <p>
        <Link to={back}>{m.backToSession}</Link>
      </p>
    </>
  );
}
