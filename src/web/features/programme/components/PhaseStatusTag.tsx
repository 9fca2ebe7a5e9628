import type { PhaseStatus } from '../../../../core/programme/phases.js';
import { Tag } from '../../../components/content.js';
import { PHASE_STATUS_COLOURS, PHASE_STATUS_LABELS } from './phase-display.js';

export function PhaseStatusTag({ status }: { status: PhaseStatus }) {
  const colour = PHASE_STATUS_COLOURS[status];
  if (!colour) return <span className={status === 'skipped' ? 'nhsuk-u-secondary-text-colour' : undefined}>{PHASE_STATUS_LABELS[status]}</span>;
  return <Tag colour={colour}>{PHASE_STATUS_LABELS[status]}</Tag>;
}
