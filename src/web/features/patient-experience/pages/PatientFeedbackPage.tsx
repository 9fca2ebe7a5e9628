// Complaints and compliments, to read and code: names, phone numbers, email addresses and unit
// names are taken out by the server before they get here. Filter by kind, unit (with everything
// below it) and theme, search the words, and code each item to the cultural elements, with
// suggestions learnt from what the organisation has already coded.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { LiveRegion } from '../../../components/LiveRegion.js';
import { FilterBar, FilterSearch, FilterSelect, themeFilterOptions } from '../../../components/filters.js';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { useUnits } from '../../units/api/useUnits.js';
import { getFeedback, patientExperienceKeys, type FeedbackList } from '../api/patient-experience-api.js';
import { FeedbackCard } from '../components/FeedbackCard.js';
import { unitOptions } from '../lib/unit-options.js';

function Filters({ data, units }: { data: FeedbackList; units: { value: string; label: string }[] }) {
  return (
    <FilterBar>
      <FilterSelect
        name="kind"
        label="Kind"
        options={[
          { value: '', label: 'Complaints and compliments' },
          { value: 'complaint', label: 'Complaints' },
          { value: 'compliment', label: 'Compliments' },
        ]}
      />
      <FilterSelect name="unitId" label="Unit" options={[{ value: '', label: 'Every unit' }, { value: 'organisation', label: 'No particular unit' }, ...units]} />
      <FilterSelect name="theme" label="Theme" options={themeFilterOptions(data.themes)} />
      <FilterSearch label="Search the words" />
    </FilterBar>
  );
}


export function PatientFeedbackPage() {
  const orgId = useOrgId();
  const [params] = useSearchParams();
  const canCode = useCan('metrics.write');
  const [announcement, setAnnouncement] = useState('');
  const units = useUnits(orgId);
  const filters = { kind: params.get('kind') ?? undefined, unitId: params.get('unitId') ?? undefined, theme: params.get('theme') ?? undefined, q: params.get('q') ?? undefined };
  const feedback = useQuery({ queryKey: patientExperienceKeys.feedback(orgId, filters), queryFn: ({ signal }) => getFeedback(orgId, filters, signal), placeholderData: keepPreviousData });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/organisations/${orgId}/patient-experience`}>Back to patient experience</BackLink>
        <PageHeading title="Complaints and compliments">Complaints and compliments</PageHeading>
        <LiveRegion message={announcement} />
        <InsetText>
          <p>Names, phone numbers, email addresses and unit names are taken out of the words before anyone reads them. Coding an item to a cultural element adds it to that element’s strengths (a compliment) or concerns (a complaint).</p>
        </InsetText>
        <QueryView query={feedback} loading="Loading the complaints and compliments">
          {(data) => (
            <>
              <Filters data={data} units={unitOptions(units.data ?? [])} />
              <p aria-live="polite">
                {data.total === data.items.length ? `${data.total.toLocaleString('en-GB')} ${data.total === 1 ? 'item' : 'items'}` : `Showing ${data.items.length} of ${data.total.toLocaleString('en-GB')} items`}
              </p>
              <ol className="app-comments">
                {data.items.map((item, i) => (
                  <FeedbackCard key={item.id} item={item} number={i + 1} themes={data.themes} orgId={orgId} canCode={canCode} onSaved={setAnnouncement} />
                ))}
              </ol>
            </>
          )}
        </QueryView>
      </div>
    </div>
  );
}
