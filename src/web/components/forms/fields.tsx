// NHS.UK form controls bound to the surrounding <Form> by name. Each control's id is its
// name, which is the API's field path, so error summary links land on the right input.
import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';
import { joinDateParts, splitDateValue, type DateParts } from '../../lib/dates.js';
import { listValue, stringValue, useField } from './form-context.js';
import { describedBy, FieldsetShell, FieldShell, type FieldText } from './FieldShell.js';

type InputWidth = '2' | '3' | '4' | '5' | '10' | '20' | '30';
type FluidWidth = 'full' | 'three-quarters' | 'two-thirds' | 'one-half' | 'one-third' | 'one-quarter';

function widthClass(width: InputWidth | FluidWidth | undefined): string | false {
  if (!width) return false;
  return /^\d+$/.test(width) ? `nhsuk-input--width-${width}` : `nhsuk-u-width-${width}`;
}

interface TextInputProps extends FieldText {
  name: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'tel';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'search';
  spellCheck?: boolean;
  width?: InputWidth | FluidWidth;
  /** A code such as an ODS code, shown in the NHS.UK code style. */
  code?: boolean;
}

export function TextInput({ name, label, hint, labelSize, type = 'text', autoComplete, inputMode, spellCheck, width, code }: TextInputProps) {
  const field = useField(name);
  return (
    <FieldShell id={field.id} label={label} hint={hint} labelSize={labelSize} error={field.error}>
      <input
        className={['nhsuk-input', code && 'nhsuk-input--code', field.error && 'nhsuk-input--error', widthClass(width)].filter(Boolean).join(' ')}
        id={field.id}
        name={name}
        type={type}
        value={stringValue(field.value)}
        onChange={(e) => field.setValue(e.target.value)}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        aria-describedby={describedBy(field.id, hint, field.error)}
      />
    </FieldShell>
  );
}

interface TextareaProps extends FieldText {
  name: string;
  rows?: number;
}

export function Textarea({ name, label, hint, labelSize, rows = 5 }: TextareaProps) {
  const field = useField(name);
  return (
    <FieldShell id={field.id} label={label} hint={hint} labelSize={labelSize} error={field.error}>
      <textarea
        className={`nhsuk-textarea${field.error ? ' nhsuk-textarea--error' : ''}`}
        id={field.id}
        name={name}
        rows={rows}
        value={stringValue(field.value)}
        onChange={(e) => field.setValue(e.target.value)}
        aria-describedby={describedBy(field.id, hint, field.error)}
      />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: ReactNode;
  /** Shown below the item while it is chosen: the NHS.UK conditional reveal. */
  conditional?: ReactNode;
  /** Extra class on the item, such as an indent for a tree. */
  className?: string;
}

interface SelectProps extends FieldText {
  name: string;
  options: readonly Option[];
  /** A first option with an empty value, such as "Choose a unit". */
  placeholder?: string;
}

export function Select({ name, label, hint, labelSize, options, placeholder }: SelectProps) {
  const field = useField(name);
  return (
    <FieldShell id={field.id} label={label} hint={hint} labelSize={labelSize} error={field.error}>
      <select
        className={`nhsuk-select${field.error ? ' nhsuk-select--error' : ''}`}
        id={field.id}
        name={name}
        value={stringValue(field.value)}
        onChange={(e) => field.setValue(e.target.value)}
        aria-describedby={describedBy(field.id, hint, field.error)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface ChoiceProps {
  name: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  options: readonly Option[];
  inline?: boolean;
}

/** The first item's id is the field's id, as in NHS.UK, so the error summary can link to it. */
export const choiceItemId = (name: string, index: number) => (index === 0 ? name : `${name}-${index + 1}`);

interface ChoiceItemProps {
  kind: 'radios' | 'checkboxes';
  name: string;
  id: string;
  option: Option;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One radio or checkbox with its label, hint and any conditional content. */
export function ChoiceItem({ kind, name, id, option, checked, onChange }: ChoiceItemProps) {
  const conditionalId = option.conditional ? `${id}-conditional` : undefined;
  return (
    <>
      <div className={[`nhsuk-${kind}__item`, option.className].filter(Boolean).join(' ')}>
        <input
          className={`nhsuk-${kind}__input`}
          id={id}
          name={name}
          type={kind === 'radios' ? 'radio' : 'checkbox'}
          value={option.value}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={option.hint ? `${id}-item-hint` : undefined}
          aria-controls={conditionalId}
        />
        <label className={`nhsuk-label nhsuk-${kind}__label`} htmlFor={id}>
          {option.label}
        </label>
        {option.hint && (
          <div className={`nhsuk-hint nhsuk-${kind}__hint`} id={`${id}-item-hint`}>
            {option.hint}
          </div>
        )}
      </div>
      {conditionalId && (
        <div className={`nhsuk-${kind}__conditional${checked ? '' : ` nhsuk-${kind}__conditional--hidden`}`} id={conditionalId}>
          {checked && option.conditional}
        </div>
      )}
    </>
  );
}

export function Radios({ name, legend, legendSize, hint, options, inline }: ChoiceProps) {
  const field = useField(name);
  const value = stringValue(field.value);
  return (
    <FieldsetShell id={field.id} legend={legend} legendSize={legendSize} hint={hint} error={field.error}>
      <div className={`nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}`}>
        {options.map((o, i) => (
          <ChoiceItem key={o.value} kind="radios" name={name} id={choiceItemId(name, i)} option={o} checked={value === o.value} onChange={() => field.setValue(o.value)} />
        ))}
      </div>
    </FieldsetShell>
  );
}

export function Checkboxes({ name, legend, legendSize, hint, options }: ChoiceProps) {
  const field = useField(name);
  const chosen = listValue(field.value);
  const toggle = (value: string, on: boolean) =>
    field.setValue(on ? [...chosen.filter((v) => v !== value), value] : chosen.filter((v) => v !== value));
  return (
    <FieldsetShell id={field.id} legend={legend} legendSize={legendSize} hint={hint} error={field.error}>
      <div className="nhsuk-checkboxes">
        {options.map((o, i) => (
          <ChoiceItem key={o.value} kind="checkboxes" name={name} id={choiceItemId(name, i)} option={o} checked={chosen.includes(o.value)} onChange={(on) => toggle(o.value, on)} />
        ))}
      </div>
    </FieldsetShell>
  );
}

interface DateInputProps {
  name: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
}

const DATE_PARTS: { key: keyof DateParts; label: string; width: '2' | '4' }[] = [
  { key: 'day', label: 'Day', width: '2' },
  { key: 'month', label: 'Month', width: '2' },
  { key: 'year', label: 'Year', width: '4' },
];

/** NHS.UK date input: day, month and year boxes. The value is "YYYY-M-D" as typed; see lib/dates. */
export function DateInput({ name, legend, legendSize, hint = 'For example, 15 3 2025' }: DateInputProps) {
  const field = useField(name);
  const parts = splitDateValue(stringValue(field.value));
  return (
    <FieldsetShell id={field.id} legend={legend} legendSize={legendSize} hint={hint} error={field.error} role="group">
      <div className="nhsuk-date-input" id={field.id}>
        {DATE_PARTS.map((part) => (
          <div className="nhsuk-date-input__item" key={part.key}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${field.id}-${part.key}`}>
                {part.label}
              </label>
              <input
                className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part.width}${field.error ? ' nhsuk-input--error' : ''}`}
                id={`${field.id}-${part.key}`}
                name={`${name}-${part.key}`}
                type="text"
                inputMode="numeric"
                value={parts[part.key]}
                onChange={(e) => field.setValue(joinDateParts({ ...parts, [part.key]: e.target.value.replace(/[\s-]/g, '') }))}
              />
            </div>
          </div>
        ))}
      </div>
    </FieldsetShell>
  );
}

interface FileUploadProps extends FieldText {
  name: string;
  accept: string;
}

export function FileUpload({ name, label, hint, labelSize, accept }: FileUploadProps) {
  const field = useField(name);
  return (
    <FieldShell id={field.id} label={label} hint={hint} labelSize={labelSize} error={field.error} className="nhsuk-file-upload">
      <input
        className={`nhsuk-file-upload__input${field.error ? ' nhsuk-file-upload__input--error' : ''}`}
        id={field.id}
        name={name}
        type="file"
        accept={accept}
        onChange={(e) => field.setValue(e.target.files?.[0] ?? null)}
        aria-describedby={describedBy(field.id, hint, field.error)}
      />
    </FieldShell>
  );
}
