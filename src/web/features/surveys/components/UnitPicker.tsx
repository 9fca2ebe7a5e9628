// Choosing a survey's units: a filter box, then the unit tree as checkboxes. A chosen unit
// stays chosen while the filter hides it, and the count below says how many are chosen.
import { useId, useState } from 'react';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { Checkboxes } from '../../../components/forms/fields.js';
import { listValue, useFormContext } from '../../../components/forms/form-context.js';
import { useUnits } from '../../units/api/useUnits.js';
import type { UnitRow } from '../../units/lib/unit-tree.js';
import { unitChoices } from '../lib/unit-choices.js';
import { listInWords } from '../lib/survey-display.js';

function Picker({ name, units }: { name: string; units: UnitRow[] }) {
  const form = useFormContext();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const options = unitChoices(units, filter);
  const chosen = listValue(form.values[name]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const chosenNames = chosen.map((id) => names.get(id)).filter((n): n is string => n !== undefined);
  return (
    <>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={filterId}>
          Filter units by name or code
        </label>
        <input
          className="nhsuk-input nhsuk-u-width-two-thirds"
          id={filterId}
          type="search"
          value={filter}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setFilter(e.target.value)}
          // Enter in the filter box would otherwise send the whole form.
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      </div>
      <p className="nhsuk-body-s" role="status">
        {filter.trim() ? `${options.length} of ${units.length} units match. ` : ''}
        {chosen.length === 0 ? 'No units chosen yet.' : `${chosen.length} chosen: ${listInWords(chosenNames)}.`}
      </p>
      <Checkboxes name={name} legend="Units" hint="Choosing a unit includes every unit inside it. Staff numbers count everyone inside each unit." options={options} />
    </>
  );
}

export function UnitPicker({ name }: { name: string }) {
  const orgId = useOrgId();
  const units = useUnits(orgId);
  return (
    <QueryView query={units} loading="Loading the structure">
      {(items) => (items.length ? <Picker name={name} units={items} /> : <p>There are no units yet, so the survey can only go to the whole organisation.</p>)}
    </QueryView>
  );
}
