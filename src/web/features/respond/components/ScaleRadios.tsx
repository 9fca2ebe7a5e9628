// Radios for one question on an ordered scale (or a demographic question), with a "Don't know"
// or "Prefer not to say" answer set apart after "or", as the NHS.UK radios pattern does it.
// A 0 to 10 scale sits in a row that wraps on a narrow screen.
import type { ReactNode } from 'react';
import { stringValue, useField } from '../../../components/forms/form-context.js';
import { FieldsetShell } from '../../../components/forms/FieldShell.js';
import { ChoiceItem, choiceItemId, type Option } from '../../../components/forms/fields.js';
import { useStrings } from './strings.js';

interface ScaleRadiosProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly Option[];
  /** The answer that opts out of the scale, shown last after "or". */
  orOption?: Option | undefined;
  /** One row of small numbered options (0 to 10). */
  row?: boolean;
}

export function ScaleRadios({ name, legend, hint, options, orOption, row = false }: ScaleRadiosProps) {
  const field = useField(name);
  const strings = useStrings();
  const value = stringValue(field.value);
  const item = (option: Option, index: number) => (
    <ChoiceItem key={option.value} kind="radios" name={name} id={choiceItemId(name, index)} option={option} checked={value === option.value} onChange={() => field.setValue(option.value)} />
  );
  const optOut = orOption && (
    <>
      <div className="nhsuk-radios__divider">{strings.orDivider}</div>
      {item(orOption, options.length)}
    </>
  );
  return (
    <FieldsetShell id={field.id} legend={legend} hint={hint} error={field.error}>
      {row ? (
        <>
          <div className="nhsuk-radios nhsuk-radios--inline app-scale-row">{options.map(item)}</div>
          {optOut && <div className="nhsuk-radios">{optOut}</div>}
        </>
      ) : (
        <div className="nhsuk-radios">
          {options.map(item)}
          {optOut}
        </div>
      )}
    </FieldsetShell>
  );
}
