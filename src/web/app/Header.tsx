// The NHS.UK header: logo and service name, the account area, and navigation limited to
// what the current membership may do.
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from 'react-router';
import { NhsLogo } from '../components/NhsLogo.js';
import { signOut } from '../features/auth/api/auth-api.js';
import { forgetSession } from './end-session.js';
import { setFlash } from './flash.js';
import { currentNavItem, isGuardedPath, navigationFor } from './navigation.js';
import { useSession } from './session.js';

const USER_ICON_PATH =
  'M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22Zm0 2a9 9 0 0 0-5 16.5V18a4 4 0 0 1 4-4h2a4 4 0 0 1 4 4v1.5A9 9 0 0 0 12 3Zm0 3a3.5 3.5 0 1 1-3.5 3.5A3.4 3.4 0 0 1 12 6Z';

export function Header() {
  const { session, current } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const user = session?.user ?? null;
  const items = user ? navigationFor(current) : [];
  const active = currentNavItem(items, pathname);

  const onSignOut = async () => {
    await signOut().catch(() => undefined); // signed out already is still signed out
    setFlash('You have signed out.');
    const refreshed = forgetSession(queryClient);
    // On a signed-in page the guard goes to sign in by itself; elsewhere, go there now.
    if (!isGuardedPath(pathname)) await navigate('/sign-in');
    await refreshed;
  };

  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" to="/" aria-label="NHS Cultivate homepage">
            <NhsLogo />
            <span className="nhsuk-header__service-name">Cultivate</span>
          </Link>
        </div>
        <nav className="nhsuk-header__account" aria-label="Account">
          <ul className="nhsuk-header__account-list">
            {user ? (
              <>
                <li className="nhsuk-header__account-item">
                  <Link className="nhsuk-header__account-link" to="/account">
                    <svg className="nhsuk-icon nhsuk-icon--user" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
                      <path d={USER_ICON_PATH} />
                    </svg>
                    <span className="nhsuk-u-visually-hidden">Your account: </span>
                    {user.displayName}
                  </Link>
                </li>
                <li className="nhsuk-header__account-item">
                  <form
                    className="nhsuk-header__account-form"
                    noValidate
                    onSubmit={(e) => {
                      e.preventDefault();
                      void onSignOut();
                    }}
                  >
                    <button className="nhsuk-header__account-button" type="submit">
                      Sign out
                    </button>
                  </form>
                </li>
              </>
            ) : (
              pathname !== '/sign-in' && (
                <li className="nhsuk-header__account-item">
                  <Link className="nhsuk-header__account-link" to="/sign-in">
                    Sign in
                  </Link>
                </li>
              )
            )}
          </ul>
        </nav>
      </div>
      {items.length > 0 && (
        <nav className="nhsuk-header__navigation" aria-label="Menu">
          <div className="nhsuk-header__navigation-container nhsuk-width-container">
            <ul className="nhsuk-header__navigation-list">
              {items.map((item) => {
                const isActive = item === active;
                const isPage = isActive && pathname === item.to;
                return (
                  <li className={`nhsuk-header__navigation-item${isActive ? ' nhsuk-header__navigation-item--current' : ''}`} key={item.to}>
                    <Link className="nhsuk-header__navigation-link" to={item.to} aria-current={isPage ? 'page' : isActive ? 'true' : undefined}>
                      {isActive ? <strong className="nhsuk-header__navigation-item-current-fallback">{item.label}</strong> : item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        </nav>
      )}
    </header>
  );
}
