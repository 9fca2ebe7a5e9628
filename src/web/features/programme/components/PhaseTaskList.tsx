import { formatDateRange } from '../../../lib/dates.js';
import type { PhaseView } from '../api/programme-api.js';
import { PHASE_HINTS, PHASE_LABELS, PHASES } from './phase-display.js';
import { PhaseStatusTag } from './PhaseStatusTag.js';

export function orderedPhases(phases: readonly PhaseView[]): PhaseView[] {
  return [...phases].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
}

/** The programme's phases as an NHS.UK task list: name, what it is for, dates and status. */
export function PhaseTaskList({ phases }: { phases: readonly PhaseView[] }) {
  return (
    <ul className="nhsuk-task-list">
      {orderedPhases(phases).map((p) => (
        <li className="nhsuk-task-list__item" key={p.phase}>
          <div className="nhsuk-task-list__name-and-hint">
            <div>{PHASE_LABELS[p.phase]}</div>
            <div className="nhsuk-task-list__hint" id={`phase-${p.phase}-hint`}>
              {PHASE_HINTS[p.phase]}
              <br />
              {formatDateRange(p.startDate, p.endDate)}
            </div>
          </div>
          <div className="nhsuk-task-list__status" id={`phase-${p.phase}-status`}>
            <PhaseStatusTag status={p.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
