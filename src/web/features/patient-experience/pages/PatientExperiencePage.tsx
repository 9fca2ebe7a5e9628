// Patient experience, one of the Discover diagnostics, as the board and change team read it:
// the Friends and Family Test over time (an SPC chart in the Making Data Count style) and by unit
// for the latest month, with NHS England's suppression; what complaints and compliments say
// about each cultural element; and the organisation's scores in its patient surveys.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { API_BASE } from '../../../api/client.js';
import { ButtonLink } from '../../../components/Button.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SpcPanel } from '../../dashboard/components/SpcPanel.js';
import { getOverview, patientExperienceKeys, patientExperiencePath, type Overview } from '../api/patient-experience-api.js';
import { dateInWords, monthInWords } from '../lib/dates.js';
import { Table } from '../../../components/Table.js';
import { HIDDEN_LABELS } from '../../results/lib/heatmap-display.js';
import { FftUnitsTable } from '../components/FftUnitsTable.js';
import { StrengthsConcernsTable } from '../components/StrengthsConcernsTable.js';

function Downloads({ orgId, path, label }: { orgId: string; path: string; label: string }) {
  const href = (format: string) => `${API_BASE}${patientExperiencePath(orgId, path)}${path.includes('?') ? '&' : '?'}format=${format}`;
  return (
    <p>
      Download {label}:{' '}
      <a href={href('xlsx')} download>
        Excel (XLSX)
      </a>{' '}
      or{' '}
      <a href={href('csv')} download>
        CSV
      </a>
      .
    </p>
  );
}

function FftSection({ fft, orgId }: { fft: Overview['fft']; orgId: string }) {
  if (!fft.latest) return <p>No Friends and Family Test results yet.</p>;
  const notOnChart = [...fft.gaps, ...fft.leftOut].sort();
  return (
    <>
      {fft.spc && (
        <SpcPanel title="Percentage positive, whole organisation" headingLevel={3} unitLabel="%" periods={fft.periods} result={fft.spc} fileName="fft-percentage-positive" gaps={notOnChart}>
          <p>
            The share of all Friends and Family Test responses that were “very good” or “good”, “don’t know” included, each month (NHS England’s definition). Higher is better.
          </p>
          {fft.leftOut.length > 0 && (
            <p className="nhsuk-body-s">
              Left off the chart because fewer than {fft.threshold} people answered: {fft.leftOut.map(monthInWords).join(', ')}.
            </p>
          )}
        </SpcPanel>
      )}
      <Downloads orgId={orgId} path="/fft/export?view=trend" label="the monthly figures" />
      <FftUnitsTable period={fft.latest.period} rows={fft.latest.rows} threshold={fft.threshold} />
      <Downloads orgId={orgId} path="/fft/export?view=units" label="this table" />
    </>
  );
}

function FeedbackSection({ feedback, orgId }: { feedback: Overview['feedback']; orgId: string }) {
  const [unitId, setUnitId] = useState(feedback.units[0]?.unitId ?? 'organisation');
  const unit = feedback.units.find((u) => u.unitId === unitId) ?? feedback.units[0];
  if (feedback.total === 0 || !unit) return <p>No complaints or compliments yet.</p>;
  return (
    <>
      <p>A compliment coded to a cultural element counts as a strength, a complaint coded to it as a concern. One item can be coded to several elements.</p>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="strengths-unit">
          Show strengths and concerns for
        </label>
        <select className="nhsuk-select" id="strengths-unit" value={unit.unitId} onChange={(e) => setUnitId(e.target.value)}>
          {feedback.units.map((u) => (
            <option key={u.unitId} value={u.unitId}>
              {`${'– '.repeat(Math.max(0, u.depth - 1))}${u.name}`}
            </option>
          ))}
        </select>
      </div>
      <StrengthsConcernsTable unit={unit} themes={feedback.themes} threshold={feedback.threshold} />
      <Downloads orgId={orgId} path="/feedback-summary/export" label="every unit’s strengths and concerns" />
      <p>
        <Link to={`/organisations/${orgId}/patient-experience/feedback`}>Read the complaints and compliments</Link>
      </p>
    </>
  );
}

function SurveysSection({ surveys, orgId }: { surveys: Overview['surveys']; orgId: string }) {
  if (!surveys.length) return <p>No patient survey has closed yet. Patient surveys use the patients’ experience of culture questionnaire, answered through an open link or on paper.</p>;
  return (
    <>
      {surveys.map((s) => (
        <section key={s.id} aria-labelledby={`survey-${s.id}`}>
          <h3 className="nhsuk-heading-s" id={`survey-${s.id}`}>
            {s.title}
          </h3>
          <p>
            Closed {dateInWords(s.closedAt.slice(0, 10))}. {s.respondents === null ? 'Too few people answered for results to be shown.' : `${s.respondents.toLocaleString('en-GB')} people answered.`}
          </p>
          {s.respondents !== null && s.measures.length > 0 && (
            <Table
              caption={`${s.title}: the whole organisation’s scores out of 10`}
              captionSize="s"
              captionHidden
              rows={s.measures}
              rowKey={(m) => m.id}
              columns={[
                { header: 'Measure', cell: (m) => m.name, rowHeader: true },
                { header: 'Score out of 10', numeric: true, cell: (m) => (m.status === 'shown' && m.score !== null ? m.score.toFixed(1) : HIDDEN_LABELS[m.status === 'shown' ? 'none' : m.status]) },
              ]}
            />
          )}
          <p>
            <Link to={`/organisations/${orgId}/surveys/${s.id}/results`}>
              See every result of {s.title}
            </Link>
          </p>
        </section>
      ))}
    </>
  );
}

export function PatientExperiencePage() {
  const orgId = useOrgId();
  const canImport = useCan('metrics.write');
  const overview = useQuery({ queryKey: patientExperienceKeys.overview(orgId), queryFn: ({ signal }) => getOverview(orgId, signal) });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <PageHeading title="Patient experience">Patient experience</PageHeading>
        <p className="nhsuk-lede-text">What patients and their families say about the organisation’s culture: the Friends and Family Test, complaints and compliments, and patient surveys.</p>
        {canImport && (
          <ButtonLink to={`/organisations/${orgId}/patient-experience/import`} variant="secondary">
            Import results and feedback
          </ButtonLink>
        )}
        <QueryView query={overview} loading="Loading patient experience">
          {(data) => (
            <>
              <h2 className="nhsuk-heading-l">Friends and Family Test</h2>
              <FftSection fft={data.fft} orgId={orgId} />
              <h2 className="nhsuk-heading-l">Strengths and concerns by cultural element</h2>
              <FeedbackSection feedback={data.feedback} orgId={orgId} />
              <h2 className="nhsuk-heading-l">Patient surveys</h2>
              <SurveysSection surveys={data.surveys} orgId={orgId} />
            </>
          )}
        </QueryView>
      </div>
    </div>
  );
}
