// The label, hint and error message around a single control, with aria-describedby wired up.
import { useContext, type ReactNode } from 'react';
import { ErrorPrefix } from '../error-prefix.js';

export interface FieldText {
  label: ReactNode;
  hint?: ReactNode;
  /** Visually larger label, for a page with one question. */
  labelSize?: 's' | 'm' | 'l';
}

export function describedBy(id: string, hint: ReactNode | undefined, error: string | undefined, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="nhsuk-hint" id={`${id}-hint`}>
      {children}
    </div>
  );
}

export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  const prefix = useContext(ErrorPrefix);
  if (!message) return null;
  return (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      <span className="nhsuk-u-visually-hidden">{prefix}</span>
      {message}
    </span>
  );
}

interface FieldShellProps extends FieldText {
  id: string;
  error: string | undefined;
  className?: string;
  children: ReactNode;
}

export function FieldShell({ id, label, hint, labelSize, error, className, children }: FieldShellProps) {
  return (
    <div className={['nhsuk-form-group', error && 'nhsuk-form-group--error', className].filter(Boolean).join(' ')}>
      <label className={`nhsuk-label${labelSize ? ` nhsuk-label--${labelSize}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && <Hint id={id}>{hint}</Hint>}
      <ErrorMessage id={id} message={error} />
      {children}
    </div>
  );
}

interface FieldsetShellProps {
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error: string | undefined;
  /** "group" for inputs that make one answer together, such as a date. */
  role?: 'group';
  children: ReactNode;
}

export function FieldsetShell({ id, legend, legendSize = 's', hint, error, role, children }: FieldsetShellProps) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role={role} aria-describedby={describedBy(id, hint, error)}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && <Hint id={id}>{hint}</Hint>}
        <ErrorMessage id={id} message={error} />
        {children}
      </fieldset>
    </div>
  );
}
