// The leadership workforce analysis, one of the Culture and Leadership Programme's Discover
// diagnostics: who the leaders are, how widely they manage, how many leave and stay, how near
// retirement they are, whether key roles have successors, and how ethnic minority and disabled
// staff are represented at each band. For the whole organisation or any unit, on any date up
// to today, every figure protected as the survey results are.
import { useSearchParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { Details } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { formatDate } from '../../../lib/dates.js';
import { useWorkforce } from '../api/useWorkforce.js';
import type { WorkforceAnalysis } from '../api/workforce-api.js';
import { AboutFigures } from '../components/AboutFigures.js';
import { AgeSection } from '../components/AgeSection.js';
import { AsOfForm } from '../components/AsOfForm.js';
import { LeadersSection } from '../components/LeadersSection.js';
import { RepresentationSection } from '../components/RepresentationSection.js';
import { SpanSection } from '../components/SpanSection.js';
import { SuccessionSection } from '../components/SuccessionSection.js';
import { TurnoverSection } from '../components/TurnoverSection.js';
import { UnitChooser } from '../components/UnitChooser.js';
import { WorkforceDownloads } from '../components/WorkforceDownloads.js';
import { periodInWords } from '../lib/words.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A report's row for the unit (null for the whole organisation). */
const rowOf = <R extends { unitId: string | null }>(report: { rows: readonly R[] }, unitId: string | null): R | undefined => report.rows.find((r) => r.unitId === unitId);

interface ViewProps {
  data: WorkforceAnalysis;
  orgId: string;
  unit: string;
  asOfParam: string | null;
  onUnit: (unitId: string) => void;
  onAsOf: (iso: string) => void;
}

function WorkforceView({ data, orgId, unit, asOfParam, onUnit, onAsOf }: ViewProps) {
  const chosen = data.units.find((u) => u.unitId === unit);
  const unitId = chosen ? chosen.unitId : null;
  const place = chosen ? chosen.name : 'Whole organisation';
  const hasChildren = chosen !== undefined && data.units.some((u) => u.parentId === chosen.unitId);
  const { k, asOf } = data;
  const leaders = rowOf(data.leaders, unitId);
  const span = rowOf(data.span, unitId);
  const turnover = rowOf(data.turnover, unitId);
  const age = rowOf(data.age, unitId);
  const succession = rowOf(data.succession, unitId);
  const representation = rowOf(data.representation, unitId);
  return (
    <>
      <UnitChooser units={data.units} value={chosen ? chosen.unitId : ''} onChange={onUnit} />
      <p aria-live="polite">
        Showing figures for <strong>{chosen ? `${chosen.name}${hasChildren ? ' and every unit within it' : ''}` : 'the whole organisation'}</strong> as at <strong>{formatDate(asOf)}</strong>.
        Turnover and stability are for the 12 months from {periodInWords(data.from, data.to)}.
      </p>
      <Details summary="Choose another date">
        <AsOfForm key={asOf} asOf={asOf} onChange={onAsOf} />
      </Details>
      <WorkforceDownloads orgId={orgId} asOf={asOfParam} />
      {leaders && <LeadersSection row={leaders} asOf={asOf} k={k} place={place} />}
      {span && <SpanSection row={span} asOf={asOf} min={data.span.min} max={data.span.max} linkProblems={data.span.linkProblems} k={k} place={place} />}
      {turnover && <TurnoverSection row={turnover} from={data.from} to={data.to} k={k} place={place} />}
      {age && <AgeSection row={age} asOf={asOf} riskAge={data.age.riskAge} k={k} place={place} />}
      {succession && <SuccessionSection row={succession} asOf={asOf} riskAge={data.age.riskAge} k={k} place={place} />}
      {representation && <RepresentationSection row={representation} asOf={asOf} k={k} place={place} />}
      <AboutFigures data={data} />
    </>
  );
}

export function WorkforcePage() {
  const orgId = useOrgId();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') ?? '';
  const asOfText = params.get('asOf');
  const asOf = asOfText && ISO_DATE.test(asOfText) ? asOfText : null;
  const workforce = useWorkforce(orgId, asOf);
  const update = (next: { unit?: string; asOf?: string }) => {
    const merged = { unit, asOf: asOf ?? '', ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== '')), { replace: true });
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <PageHeading>Leadership workforce analysis</PageHeading>
        <p className="nhsuk-lede-text">
          Who your leaders are, how widely they manage, how many leave and stay, how near retirement they are, whether key roles have successors, and how ethnic minority and disabled staff are
          represented at each band. One of the Discover diagnostics, from the staff record.
        </p>
        <QueryView query={workforce} loading="Working out the workforce figures">
          {(data) => <WorkforceView data={data} orgId={orgId} unit={unit} asOfParam={asOf} onUnit={(u) => update({ unit: u })} onAsOf={(d) => update({ asOf: d })} />}
        </QueryView>
      </div>
    </div>
  );
}
