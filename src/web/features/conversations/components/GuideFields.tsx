// Plain controlled fields for the guide editor, whose values live in one nested draft rather than
// in a flat form. They follow the NHS.UK markup of the shared form fields, ids and all.
import { FieldShell, FieldsetShell, describedBy } from '../../../components/forms/FieldShell.js';
import { ELEMENTS } from '../lib/coding.js';

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  /** Rows for a textarea; a one-line input when absent. */
  rows?: number;
  width?: '2' | '3';
  numeric?: boolean;
}

export function TextField({ id, label, hint, value, onChange, error, rows, width, numeric }: TextFieldProps) {
  const described = describedBy(id, hint, error);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {rows ? (
        <textarea className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`} id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={described} />
      ) : (
        <input
          className={['nhsuk-input', width && `nhsuk-input--width-${width}`, error && 'nhsuk-input--error'].filter(Boolean).join(' ')}
          id={id}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={described}
        />
      )}
    </FieldShell>
  );
}

interface ElementChoiceProps {
  id: string;
  legend: string;
  chosen: readonly string[];
  onChange: (elements: string[]) => void;
  error: string | undefined;
}

/** A checkbox per cultural element; the first box carries the group's id, for the error summary. */
export function ElementChoice({ id, legend, chosen, onChange, error }: ElementChoiceProps) {
  return (
    <FieldsetShell id={`${id}-group`} legend={legend} error={error}>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        {ELEMENTS.map((e, i) => {
          const boxId = i === 0 ? id : `${id}-${i + 1}`;
          return (
            <div className="nhsuk-checkboxes__item" key={e.key}>
              <input
                className="nhsuk-checkboxes__input"
                id={boxId}
                type="checkbox"
                checked={chosen.includes(e.key)}
                onChange={(ev) => onChange(ev.target.checked ? ELEMENTS.map((x) => x.key).filter((k) => k === e.key || chosen.includes(k)) : chosen.filter((k) => k !== e.key))}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={boxId}>
                {e.name}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}
