// A free-text answer with a limit, after the NHS.UK character count: the limit is read out with
// the field, the count shows as the person types, and screen readers hear it once typing pauses.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { stringValue, useField } from '../../../components/forms/form-context.js';
import { describedBy, FieldShell } from '../../../components/forms/FieldShell.js';
import { format } from '../../../../core/i18n/respondent-strings.js';
import { useStrings } from './strings.js';

interface CharacterCountProps {
  name: string;
  label: ReactNode;
  labelSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  maxLength: number;
  rows?: number;
}

/** Counted as the server counts: characters as people see them, after trimming the ends. */
export const countCharacters = (text: string): number => [...text.trim()].length;

const ANNOUNCE_AFTER_MS = 1000;

export function CharacterCount({ name, label, labelSize, hint, maxLength, rows = 5 }: CharacterCountProps) {
  const field = useField(name);
  const strings = useStrings();
  const value = stringValue(field.value);
  const left = maxLength - countCharacters(value);
  const status = left >= 0 ? format(strings.charactersRemaining, { count: left }) : format(strings.charactersTooMany, { count: -left });
  const [announced, setAnnounced] = useState('');
  const typed = useRef(false);
  useEffect(() => {
    // Nothing to announce until the person types: the limit is read out with the field itself.
    if (!typed.current) {
      typed.current = true;
      return;
    }
    const timer = setTimeout(() => setAnnounced(status), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const infoId = `${field.id}-info`;
  const invalid = !!field.error || left < 0;
  return (
    <FieldShell id={field.id} label={label} labelSize={labelSize} hint={hint} error={field.error} className="nhsuk-character-count">
      <textarea
        className={`nhsuk-textarea${invalid ? ' nhsuk-textarea--error' : ''}`}
        id={field.id}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => field.setValue(e.target.value)}
        aria-describedby={describedBy(field.id, hint, field.error, infoId)}
      />
      <div className="nhsuk-hint nhsuk-character-count__message nhsuk-u-visually-hidden" id={infoId}>
        {format(strings.charactersLimit, { count: maxLength })}
      </div>
      <div className={`nhsuk-character-count__status ${left < 0 ? 'nhsuk-error-message' : 'nhsuk-hint'}`} aria-hidden="true">
        {status}
      </div>
      <div className="nhsuk-u-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </FieldShell>
  );
}
