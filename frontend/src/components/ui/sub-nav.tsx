import { NavLink } from 'react-router';
import './forms.css';

type SubNavProps = { label: string; items: { to: string; label: string }[] };

/** Tabs-like links between pages that belong together (e.g. Mensen and Auditlog). */
export function SubNav({ label, items }: SubNavProps) {
  return (
    <nav aria-label={label} className="sub-nav">
      <ul className="sub-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end
              className={({ isActive }) => (isActive ? 'sub-nav__link is-active' : 'sub-nav__link')}
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
