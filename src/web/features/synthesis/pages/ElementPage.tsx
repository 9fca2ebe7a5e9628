// One cultural element in the synthesis: for each of the seven sources, its evidence, what the
// evidence suggests, and the change team's rating and narrative (a form for the change team while
// the synthesis is a draft); then the element's overall rating and how far its sources agree.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { formatDate } from '../../../lib/dates.js';
import { NotFoundPage } from '../../errors/pages/NotFoundPage.js';
import type { ProgrammeView } from '../../programme/api/programme-api.js';
import { saveCell, synthesisKeys, type CellTarget, type ElementView, type SavedCell, type SynthesisView } from '../api/synthesis-api.js';
import { useSynthesis } from '../api/useSynthesis.js';
import { CellForm } from '../components/CellForm.js';
import { EvidenceList } from '../components/EvidenceList.js';
import { LiveRegion, useAnnouncer } from '../../../components/LiveRegion.js';
import { ProgrammeGate } from '../components/ProgrammeGate.js';
import { AgreementTag, CellTag, RatingTag } from '../components/RatingTag.js';
import { withCellSaved } from '../lib/cell-draft.js';
import { OVERALL_ANCHOR, synthesisPath } from '../lib/paths.js';
import { cellDisplay, RATING_NAMES } from '../lib/ratings.js';

function SavedReading({ cell, what }: { cell: SavedCell; what: string }) {
  return (
    <>
      <p>
        The change team’s rating for {what}: <RatingTag rating={cell.rating} />
      </p>
      <p>{cell.narrative || 'The change team has not written anything about this yet.'}</p>
    </>
  );
}

/** Moves focus to the part of the page the address points to (#overall from the agree page's error list), once it is there. */
function useFocusHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    // After the layout has focused the page heading for the route change.
    const timer = window.setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (!target) return;
      target.scrollIntoView();
      target.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [ready, hash]);
}

function ElementContent({ view, element, orgId, programme }: { view: SynthesisView; element: ElementView; orgId: string; programme: ProgrammeView }) {
  const queryClient = useQueryClient();
  const canWrite = useCan('synthesis.write');
  const [message, announce] = useAnnouncer();
  const editable = canWrite && view.status === 'draft';
  useFocusHash(true);

  const saver = (target: CellTarget) => ({
    save: (body: Parameters<typeof saveCell>[4]) => saveCell(orgId, programme.id, element.key, target, body),
    onSaved: (saved: SavedCell) => {
      queryClient.setQueryData<SynthesisView>(synthesisKeys.synthesis(orgId, programme.id), (old) => (old ? withCellSaved(old, element.key, target, saved) : old));
      void queryClient.invalidateQueries({ queryKey: synthesisKeys.checklist(orgId, programme.id) });
      void queryClient.invalidateQueries({ queryKey: synthesisKeys.report(orgId, programme.id) });
    },
    onLocked: () => void queryClient.invalidateQueries({ queryKey: synthesisKeys.synthesis(orgId, programme.id) }),
    announce,
  });

  return (
    <>
      <BackLink to={synthesisPath(orgId)}>Back to the synthesis</BackLink>
      <LiveRegion message={message} />
      <PageHeading title={`${element.name}: synthesis`} caption="Synthesis">
        {element.name}
      </PageHeading>
      {view.status === 'agreed' && (
        <InsetText>
          <p>The synthesis was agreed at the synthesis event on {formatDate(view.eventDate)}, so its ratings and narratives cannot be changed. The programme lead can reopen it if something must change.</p>
        </InsetText>
      )}
      <p>
        Overall rating: <RatingTag rating={element.overall.rating} />
      </p>
      <p>
        <AgreementTag agreement={element.triangulation.agreement} /> {element.triangulation.text}
      </p>

      <nav className="nhsuk-contents-list" aria-label="On this page">
        <h2 className="nhsuk-u-visually-hidden">On this page</h2>
        <ol className="nhsuk-contents-list__list">
          {element.cells.map((c) => (
            <li className="nhsuk-contents-list__item" key={c.source}>
              <a className="nhsuk-contents-list__link" href={`#${c.source}`}>
                {c.sourceName}
              </a>
            </li>
          ))}
          <li className="nhsuk-contents-list__item">
            <a className="nhsuk-contents-list__link" href={`#${OVERALL_ANCHOR}`}>
              Overall rating
            </a>
          </li>
        </ol>
      </nav>

      {element.cells.map((cell) => {
        const suggestion = cellDisplay({ rating: null, suggested: cell.suggested, evidence: cell.evidence });
        return (
          <section className="app-synthesis-source" aria-labelledby={cell.source} key={cell.source}>
            <h2 className="nhsuk-heading-m" id={cell.source} tabIndex={-1}>
              {cell.sourceName}
            </h2>
            <h3 className="nhsuk-heading-s">Evidence</h3>
            <EvidenceList evidence={cell.evidence} />
            <p>
              What the evidence suggests: {suggestion.kind === 'suggested' ? <CellTag cell={{ rating: null, suggested: cell.suggested, evidence: cell.evidence }} /> : <strong>no rating</strong>}
              <br />
              <span className="nhsuk-body-s">{cell.suggested.reason}</span>
            </p>
            {editable ? (
              <CellForm id={cell.source} what={cell.sourceName} legend={`The change team’s rating for ${cell.sourceName}`} cell={cell} {...saver(cell.source)} />
            ) : (
              <SavedReading cell={cell} what={cell.sourceName} />
            )}
          </section>
        );
      })}

      <section className="app-synthesis-source" aria-labelledby={OVERALL_ANCHOR}>
        <h2 className="nhsuk-heading-l" id={OVERALL_ANCHOR} tabIndex={-1}>
          Overall rating for {element.name}
        </h2>
        <p>Weighing all the sources together: what is the change team’s reading of {element.name.toLowerCase()} across the organisation? Every element needs an overall rating before the synthesis can be agreed.</p>
        {editable ? (
          <CellForm id={OVERALL_ANCHOR} what={`${element.name} overall`} legend={`Overall rating for ${element.name}`} cell={element.overall} {...saver('overall')} />
        ) : (
          <SavedReading cell={element.overall} what={`${element.name} overall`} />
        )}
      </section>

      <section aria-labelledby="triangulation-heading">
        <h2 className="nhsuk-heading-m" id="triangulation-heading">
          Where the sources agree
        </h2>
        <p>
          <AgreementTag agreement={element.triangulation.agreement} />
        </p>
        <p>{element.triangulation.text}</p>
        <p className="nhsuk-body-s">
          Ratings given so far: {element.cells.filter((c) => c.rating).map((c) => `${c.sourceName}, ${RATING_NAMES[c.rating!].toLowerCase()}`).join('; ') || 'none'}.
        </p>
      </section>
    </>
  );
}

function ElementLoader({ orgId, programme, elementKey }: { orgId: string; programme: ProgrammeView; elementKey: string }) {
  const synthesis = useSynthesis(orgId, programme.id);
  return (
    <QueryView query={synthesis} loading="Gathering the evidence">
      {(view) => {
        const element = view.elements.find((e) => e.key === elementKey);
        return element ? <ElementContent view={view} element={element} orgId={orgId} programme={programme} /> : <NotFoundPage />;
      }}
    </QueryView>
  );
}

export function ElementPage() {
  const orgId = useOrgId();
  const { element = '' } = useParams();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ProgrammeGate orgId={orgId} heading="Synthesis">
          {(programme) => <ElementLoader orgId={orgId} programme={programme} elementKey={element} />}
        </ProgrammeGate>
      </div>
    </div>
  );
}
