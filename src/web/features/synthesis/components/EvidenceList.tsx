// A cell's evidence, readably: survey scores with how many answered and what changed, dashboard
// metrics with their latest value and what the SPC chart says, workforce figures with their
// reading, and coded themes with their counts and any quotes (marked strength or area to develop),
// or why the quotes are withheld.
import { Tag } from '../../../components/content.js';
import type { Evidence } from '../api/synthesis-api.js';
import { assuranceWords, changeText, FIGURE_READINGS, metricText, QUOTE_STANCES, scoreText, themesText, variationWords } from '../lib/evidence-text.js';

function EvidenceItem({ evidence: e }: { evidence: Evidence }) {
  switch (e.kind) {
    case 'score':
      return (
        <>
          <p className="nhsuk-u-margin-bottom-1">
            <strong>{e.label}</strong>
          </p>
          <p className="nhsuk-u-margin-bottom-1">{scoreText(e)}.</p>
          <p className="nhsuk-body-s">{changeText(e)}</p>
        </>
      );
    case 'metric':
      return (
        <>
          <p className="nhsuk-u-margin-bottom-1">
            <strong>{e.label}</strong>
          </p>
          <p className="nhsuk-u-margin-bottom-1">{metricText(e)}.</p>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Variation: {variationWords(e)}</p>
          <p className="nhsuk-body-s">Assurance: {assuranceWords(e)}</p>
        </>
      );
    case 'figure':
      return (
        <>
          <p className="nhsuk-u-margin-bottom-1">
            <strong>{e.label}</strong>
          </p>
          <p className="nhsuk-u-margin-bottom-1">
            {e.value}. Reading: {FIGURE_READINGS[e.reading]}.
          </p>
          <p className="nhsuk-body-s">{e.note}</p>
        </>
      );
    case 'themes':
      return (
        <>
          <p className="nhsuk-u-margin-bottom-1">
            <strong>{e.label}</strong>
          </p>
          <p>{themesText(e)}.</p>
          {e.quotes.length > 0 && (
            <ul className="nhsuk-list app-synthesis-quotes">
              {e.quotes.map((q, i) => (
                <li key={i}>
                  <Tag colour={q.stance === 'strength' ? 'green' : 'orange'}>{QUOTE_STANCES[q.stance]}</Tag>
                  <blockquote className="app-synthesis-quote">
                    <p>{q.text}</p>
                  </blockquote>
                </li>
              ))}
            </ul>
          )}
          {e.quotes.length === 0 && e.quotesWithheld && <p className="nhsuk-body-s">{e.quotesWithheld}</p>}
        </>
      );
  }
}

export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  if (!evidence.length) return <p>There is no evidence from this source for this element.</p>;
  return (
    <ul className="nhsuk-list app-synthesis-evidence">
      {evidence.map((e, i) => (
        <li key={`${e.kind}-${i}`}>
          <EvidenceItem evidence={e} />
        </li>
      ))}
    </ul>
  );
}
