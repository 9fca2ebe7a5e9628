// "Show figures for": the whole organisation or one unit (with everything below it). Every
// report already holds a row for every unit, so choosing one changes the page without asking
// the server again; the choice is kept in the address so it can be shared and survives a reload.
import type { WorkforceUnit } from '../api/workforce-api.js';

export function UnitChooser({ units, value, onChange }: { units: readonly WorkforceUnit[]; value: string; onChange: (unitId: string) => void }) {
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor="workforce-unit">
        Show figures for
      </label>
      <select className="nhsuk-select" id="workforce-unit" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Whole organisation</option>
        {units.map((u) => (
          <option key={u.unitId} value={u.unitId}>
            {u.name}
          </option>
        ))}
      </select>
    </div>
  );
}
