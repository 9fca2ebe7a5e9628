// The "add another" list of raters: an email address and a group for each, with buttons to add
// and remove rows. Used on the new request page and to invite more raters.
import { useEffect, useRef } from 'react';
import { Button } from '../../../components/Button.js';
import { Select, TextInput } from '../../../components/forms/fields.js';
import { useField, useFormContext } from '../../../components/forms/form-context.js';
import { INVITED_GROUPS } from './feedback-display.js';
import { emailField, groupField, MAX_RATERS, removeRaterRow } from './rater-list.js';

interface RaterFieldsProps {
  count: number;
  setCount: (count: number) => void;
  legend: string;
  hint?: string;
}

export function RaterFields({ count, setCount, legend, hint }: RaterFieldsProps) {
  const form = useFormContext();
  // "raters" itself is a field, so whole-list errors from the server ("Invite one line manager at most") show here.
  const list = useField('raters');
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(emailField(focusRow.current))?.focus();
    focusRow.current = null;
  }, [count]);

  const add = () => {
    form.setValue(emailField(count), '');
    form.setValue(groupField(count), 'peer');
    focusRow.current = count;
    setCount(count + 1);
  };
  const remove = (index: number) => {
    const next = removeRaterRow(form.values, index, count);
    for (const [name, value] of Object.entries(next)) form.setValue(name, value);
    focusRow.current = Math.min(index, count - 2);
    setCount(count - 1);
  };

  return (
    <div className={`nhsuk-form-group${list.error ? ' nhsuk-form-group--error' : ''}`} id="raters" tabIndex={-1}>
      <h2 className="nhsuk-heading-m">{legend}</h2>
      {hint && <p className="nhsuk-hint">{hint}</p>}
      {list.error && (
        <p className="nhsuk-error-message">
          <span className="nhsuk-u-visually-hidden">Error:</span> {list.error}
        </p>
      )}
      {Array.from({ length: count }, (_, i) => (
        <fieldset className="nhsuk-fieldset" key={i}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Person {i + 1}</legend>
          <TextInput name={emailField(i)} label="Email address" type="email" autoComplete="off" spellCheck={false} width="two-thirds" />
          <Select name={groupField(i)} label="How they work with you" options={INVITED_GROUPS} />
          {count > 1 && (
            <Button variant="secondary" small onClick={() => remove(i)}>
              Remove<span className="nhsuk-u-visually-hidden"> person {i + 1}</span>
            </Button>
          )}
          <hr className="nhsuk-section-break nhsuk-section-break--m nhsuk-section-break--visible" />
        </fieldset>
      ))}
      {count < MAX_RATERS && (
        <Button variant="secondary" onClick={add}>
          Add another person
        </Button>
      )}
    </div>
  );
}
