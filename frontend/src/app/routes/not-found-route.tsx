import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { appMessages as m } from '../messages';
import { paths } from '../paths';

export function NotFoundRoute() {
  return (
    <>
      <PageHeading>{m.notFoundTitle}</PageHeading>
      <p className="page-lead">{m.notFoundBody}</p>
      <p>
        <Link to={paths.overview()}>{m.notFoundHome}</Link>
      </p>
    </>
  );
}
