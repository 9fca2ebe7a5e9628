import type { FormEvent, ReactNode } from 'react';
import { Button, type ButtonVariant } from '../Button.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { FormContext, type FormController, type FormValues } from './form-context.js';

interface FormProps<V extends FormValues> {
  form: FormController<V>;
  submitLabel: string;
  /** Shown on the button while the request is in flight, like "Signing in". */
  pendingLabel?: string;
  submitVariant?: ButtonVariant;
  submitSmall?: boolean;
  /** Links or buttons shown after the submit button, such as "Cancel". */
  actions?: ReactNode;
  errorTitle?: string;
  className?: string;
  /** The summary is normally shown; a small inline form may leave it to the page. */
  showErrorSummary?: boolean;
  'aria-label'?: string;
  children: ReactNode;
}

/** Every form in Cultivate: an error summary, the fields, and the submit button. */
export function Form<V extends FormValues>({
  form,
  submitLabel,
  pendingLabel,
  submitVariant = 'primary',
  submitSmall = false,
  actions,
  errorTitle,
  className,
  showErrorSummary = true,
  children,
  ...aria
}: FormProps<V>) {
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };
  return (
    <FormContext.Provider value={form as unknown as FormController}>
      <form noValidate onSubmit={onSubmit} className={className} aria-label={aria['aria-label']}>
        {showErrorSummary && form.problems.length > 0 && (
          <ErrorSummary problems={form.problems} attempt={form.attempt} {...(errorTitle ? { title: errorTitle } : {})} />
        )}
        {children}
        <div className="app-button-group">
          <Button type="submit" variant={submitVariant} small={submitSmall} aria-disabled={form.pending || undefined}>
            {form.pending && pendingLabel ? pendingLabel : submitLabel}
          </Button>
          {actions}
        </div>
      </form>
    </FormContext.Provider>
  );
}
