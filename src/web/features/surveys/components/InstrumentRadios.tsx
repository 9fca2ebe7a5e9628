// The questionnaire question: one set of radios, grouped by who answers (staff, patients,
// 360 raters), each saying what it measures and where it comes from.
import { ChoiceItem, choiceItemId } from '../../../components/forms/fields.js';
import { FieldsetShell } from '../../../components/forms/FieldShell.js';
import { stringValue, useField } from '../../../components/forms/form-context.js';
import type { InstrumentSummary } from '../../instruments/api/instruments-api.js';
import { AUDIENCE_GROUPS, languagesText } from '../lib/survey-display.js';

function InstrumentHint({ instrument }: { instrument: InstrumentSummary }) {
  return (
    <>
      {instrument.description}
      <br />
      Source: {instrument.source}
      <br />
      {instrument.itemCount} {instrument.itemCount === 1 ? 'question' : 'questions'}; {languagesText(instrument.languages)}
      {!instrument.builtIn && `; your organisation’s version ${instrument.version}`}
    </>
  );
}

export function InstrumentRadios({ name, instruments }: { name: string; instruments: readonly InstrumentSummary[] }) {
  const field = useField(name);
  const value = stringValue(field.value);
  // Ids run on across the groups, so the first radio of all has the field's own id.
  const ordered = AUDIENCE_GROUPS.map((g) => ({ ...g, items: instruments.filter((i) => i.audience === g.audience) })).filter((g) => g.items.length > 0);
  let index = 0;
  return (
    <FieldsetShell id={field.id} legend="Questionnaire" legendSize="m" hint="Choose what the survey asks. Every questionnaire is written for Cultivate from the named source." error={field.error}>
      {ordered.map((group) => (
        <fieldset className="nhsuk-fieldset app-instrument-group" key={group.audience}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{group.heading}</legend>
          <div className="nhsuk-radios">
            {group.items.map((instrument) => (
              <ChoiceItem
                key={instrument.ref}
                kind="radios"
                name={name}
                id={choiceItemId(name, index++)}
                option={{ value: instrument.ref, label: instrument.title, hint: <InstrumentHint instrument={instrument} /> }}
                checked={value === instrument.ref}
                onChange={() => field.setValue(instrument.ref)}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </FieldsetShell>
  );
}
