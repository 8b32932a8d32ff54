import { Link } from 'react-router';
import { appMessages as m } from '../messages';
import { paths } from '../paths';

/** The logo and name, linking home. */
export function Brand() {
  return (
    <Link to={paths.overview()} className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
        <rect width="32" height="32" rx="6" fill="currentColor" />
        <path
          d="M7 23l6-7 5 4 7-10"
          fill="none"
          stroke="#fff"
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {m.appName}
    </Link>
  );
}

/** Jumps past the header to the page's content. */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="skip-link"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {m.skipLink}
    </a>
  );
}
