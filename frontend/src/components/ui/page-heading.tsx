import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { uiMessages } from './messages';
import { useClaimRouteFocus } from './route-focus';

type PageHeadingProps = {
  children: ReactNode;
  /** The page's part of the document title; defaults to the heading when that is plain text. */
  documentTitle?: string;
};

/**
 * The page's h1. After a client-side navigation to another path it takes focus, so keyboard and
 * screen-reader users land at the start of the new page (not on the first load, and not when only
 * the search params change, e.g. a filter).
 */
export function PageHeading({ children, documentTitle }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const claimFocus = useClaimRouteFocus();
  const title = documentTitle ?? (typeof children === 'string' ? children : undefined);

  useEffect(() => {
    if (claimFocus(pathname)) ref.current?.focus();
  }, [pathname, claimFocus]);

  useEffect(() => {
    document.title = title ? uiMessages.documentTitle(title) : uiMessages.appName;
  }, [title]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
