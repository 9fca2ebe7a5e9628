// Small NHS.UK content components: tag, inset text, warning callout, card, details, banner.
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type TagColour = 'white' | 'grey' | 'green' | 'aqua-green' | 'blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export function Tag({ colour, children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={`nhsuk-tag${colour ? ` nhsuk-tag--${colour}` : ''}`}>{children}</strong>;
}

export function InsetText({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {children}
    </div>
  );
}

type HeadingLevel = 2 | 3 | 4;

function Heading({ level, className, children }: { level: HeadingLevel; className: string; children: ReactNode }) {
  const H = `h${level}` as const;
  return <H className={className}>{children}</H>;
}

interface WarningCalloutProps {
  heading: string;
  level?: HeadingLevel;
  /** Read out before the heading; pages in another language give their own word. */
  hiddenPrefix?: string;
  children: ReactNode;
}

export function WarningCallout({ heading, level = 3, hiddenPrefix = 'Important: ', children }: WarningCalloutProps) {
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <Heading level={level} className="nhsuk-card__heading">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">{hiddenPrefix}</span>
            {heading}
          </span>
        </Heading>
        {children}
      </div>
    </div>
  );
}

interface CardProps {
  heading: ReactNode;
  level?: HeadingLevel;
  /** Makes the whole card a link to this route. */
  to?: string;
  description?: ReactNode;
  className?: string;
  children?: ReactNode;
}

export function Card({ heading, level = 2, to, description, className, children }: CardProps) {
  return (
    <div className={['nhsuk-card', to && 'nhsuk-card--clickable', className].filter(Boolean).join(' ')}>
      <div className="nhsuk-card__content">
        <Heading level={level} className="nhsuk-card__heading nhsuk-heading-m">
          {to ? (
            <Link className="nhsuk-card__link" to={to}>
              {heading}
            </Link>
          ) : (
            heading
          )}
        </Heading>
        {description && <p className="nhsuk-card__description">{description}</p>}
        {children}
      </div>
    </div>
  );
}

export function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}

/** A success message after an action, announced to screen readers. */
export function SuccessBanner({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-notification-banner nhsuk-notification-banner--success" role="alert" aria-labelledby="success-banner-title">
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="success-banner-title">
          Success
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

/** Says what is happening while a page's data loads. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="nhsuk-body" role="status">
      {what}…
    </p>
  );
}
