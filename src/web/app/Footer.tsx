import { Link } from 'react-router';
import { useSession } from './session.js';

export function Footer() {
  const { session } = useSession();
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            {session?.user && (
              <li className="nhsuk-footer__list-item">
                <Link className="nhsuk-footer__list-item-link" to="/account">
                  Your account
                </Link>
              </li>
            )}
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="/api/docs">
                API documentation
              </a>
            </li>
          </ul>
          <p className="nhsuk-body-s">Cultivate is open-source software for running an NHS culture and leadership programme.</p>
        </div>
      </div>
    </footer>
  );
}
