import type { Me } from '@zet/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { joinDutch } from '../../../lib/dutch';
import { roleNames, sortRoles } from '../../../lib/roles';
import { authMessages } from '../messages';
import './auth.css';

const m = authMessages.userMenu;

type UserMenuProps = { me: Me; currentPartnershipId: string | undefined };

/**
 * Who is signed in and in which partnership, a switch to their other partnerships, the profile
 * and signing out. A disclosure (button + panel), not an ARIA menu: it holds links and a button.
 */
export function UserMenu({ me, currentPartnershipId }: UserMenuProps) {
  const location = useLocation();
  // Open on the page where it was opened: going somewhere else closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? location.pathname : null);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();
  const current = me.memberships.find((item) => item.partnershipId === currentPartnershipId);
  const others = me.memberships.filter((item) => item.partnershipId !== currentPartnershipId);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpenOn(null);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">{m.button}: </span>
        <span className="user-menu__name">{me.user.name}</span>
        <span className="user-menu__context">
          {current?.partnershipName ?? (me.user.isPlatformAdmin ? m.platformAdmin : '')}
        </span>
        <svg
          className="user-menu__chevron"
          viewBox="0 0 16 16"
          width="16"
          height="16"
          aria-hidden="true"
        >
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__who">
          <span className="user-menu__label">{m.signedInAs}</span>
          <strong>{me.user.name}</strong>
          <span className="muted small">{me.user.email}</span>
          {me.user.isPlatformAdmin ? <span className="small">{m.platformAdmin}</span> : null}
        </p>
        {current ? (
          <p className="user-menu__section">
            <span className="user-menu__label">{m.partnership}</span>
            <span>{current.partnershipName}</span>
            <span className="muted small">
              {m.roles(current.roles.length)}:{' '}
              {joinDutch(sortRoles(current.roles).map((role) => roleNames[role].toLowerCase()))}
            </span>
          </p>
        ) : null}
        {others.length > 0 ? (
          <div className="user-menu__section">
            <span className="user-menu__label" id={`${panelId}-switch`}>
              {current ? m.switchPartnership : m.partnership}
            </span>
            <ul className="user-menu__list" aria-labelledby={`${panelId}-switch`}>
              {others.map((item) => (
                <li key={item.partnershipId}>
                  <Link to={`/partnerschappen/${encodeURIComponent(item.partnershipId)}`}>
                    {item.partnershipName}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <ul className="user-menu__list user-menu__actions">
          <li>
            <Link to="/profiel">{m.profile}</Link>
          </li>
          <li>
            <button
              type="button"
              className="button button--link"
              onClick={() => void navigate('/afmelden')}
            >
              {m.signOut}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
