// A closed survey's comments, for one unit (with everything below it) at a time: shown only
// when that group is at or above the comment threshold, with names and contact details already
// removed by the server. Filter by question or theme, search the words, and code each comment
// to the cultural elements.
import { useState } from 'react';
import { LiveRegion } from '../../../components/LiveRegion.js';
import { FilterBar, FilterSearch, FilterSelect, themeFilterOptions } from '../../../components/filters.js';
import { useParams, useSearchParams } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import type { Comments } from '../api/results-api.js';
import { useComments, useHeatmap } from '../api/useResults.js';
import { CommentCard } from '../components/CommentCard.js';
import { hiddenExplanation } from '../lib/heatmap-display.js';

function Filters({ data, units }: { data: Comments; units: { id: string; label: string }[] }) {
  return (
    <FilterBar>
      <FilterSelect name="unitId" label="Unit" options={units.map((u) => ({ value: u.id, label: u.label }))} />
      {data.questions.length > 1 && <FilterSelect name="questionId" label="Question" options={[{ value: '', label: 'Every question' }, ...data.questions.map((x) => ({ value: x.id, label: x.text }))]} />}
      <FilterSelect name="theme" label="Theme" options={themeFilterOptions(data.themes)} />
      <FilterSearch label="Search the comments" />
    </FilterBar>
  );
}


export function CommentsPage() {
  const orgId = useOrgId();
  const { surveyId = '' } = useParams();
  const [params] = useSearchParams();
  const canCode = useCan('comments.code');
  const [announcement, setAnnouncement] = useState('');
  const heatmap = useHeatmap(orgId, surveyId);
  const filters = { unitId: params.get('unitId') ?? undefined, questionId: params.get('questionId') ?? undefined, theme: params.get('theme') ?? undefined, q: params.get('q') ?? undefined };
  const comments = useComments(orgId, surveyId, filters);
  const units = (heatmap.data?.rows ?? []).map((r) => ({ id: r.unitId, label: `${'– '.repeat(r.depth)}${r.name}` }));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/organisations/${orgId}/surveys/${surveyId}/results`}>Back to results by unit</BackLink>
        <PageHeading caption={heatmap.data?.survey.title} title="Comments">
          Comments
        </PageHeading>
        <LiveRegion message={announcement} />
        <QueryView query={comments} loading="Loading the comments">
          {(data) => (
            <>
              <InsetText>
                <p>
                  Comments are shown for groups of at least {data.commentThreshold} people, and names, phone numbers, email addresses and unit names are taken out
                  first. Some larger groups are withheld too, so that nobody’s comment can be narrowed down by comparing lists.
                </p>
              </InsetText>
              <Filters data={data} units={units} />
              {data.status !== 'shown' ? (
                <p>
                  <strong>{data.unit.name}:</strong> {hiddenExplanation(data.status, data.commentThreshold, 'their comments')}
                </p>
              ) : (
                <>
                  <p aria-live="polite">
                    {data.total === data.comments.length ? `${data.total.toLocaleString('en-GB')} ${data.total === 1 ? 'comment' : 'comments'}` : `Showing ${data.comments.length} of ${data.total.toLocaleString('en-GB')} comments`} from{' '}
                    {data.unit.name}
                  </p>
                  <ol className="app-comments">
                    {data.comments.map((c, i) => (
                      <CommentCard key={c.key} comment={c} number={i + 1} data={data} orgId={orgId} canCode={canCode} onSaved={setAnnouncement} />
                    ))}
                  </ol>
                </>
              )}
            </>
          )}
        </QueryView>
      </div>
    </div>
  );
}
