// Blind second coding: a seeded sample of the programme's notes, coded again by someone who did
// not code them the first time and cannot see how they were coded. The agreement between the two
// codings is worked out on the agreement page.
import { useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { InsetText } from '../../../components/content.js';
import { Form } from '../../../components/forms/Form.js';
import { TextInput } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { conversationKeys, drawSample, saveCoding, type SampledExcerpt, type SecondCodingView } from '../api/conversations-api.js';
import { useSecondCoding } from '../api/useConversations.js';
import { CodingForm } from '../components/CodingForm.js';
import { LiveRegion, useAnnouncer } from '../../../components/LiveRegion.js';
import { ShortcutSettings, useShortcutsOn } from '../components/ShortcutSettings.js';
import { WithProgramme, type ProgrammeScope } from '../components/WithProgramme.js';
import { sampleSessions, sessionOptionLabel } from '../lib/sample-sessions.js';
import { parseCount } from '../lib/session-form.js';

function DrawSample({ scope, drawn }: { scope: ProgrammeScope; drawn: boolean }) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { percent: '20' },
    validate: (v) => {
      const n = parseCount(v.percent.replace(/%$/, ''));
      return n === null || Number.isNaN(n) || n < 5 || n > 100 ? [{ field: 'percent', message: 'Enter a whole number from 5 to 100' }] : [];
    },
    submit: (v) => drawSample(scope.orgId, scope.programmeId, parseCount(v.percent.replace(/%$/, '')) ?? 20),
    onSuccess: (view) => {
      queryClient.setQueryData(conversationKeys.secondCoding(scope.orgId, scope.programmeId), view);
      void queryClient.invalidateQueries({ queryKey: conversationKeys.all(scope.orgId, scope.programmeId) });
    },
  });
  return (
    <Form form={form} submitLabel={drawn ? 'Draw a larger sample' : 'Draw the sample'} submitVariant="secondary" pendingLabel="Drawing the sample" errorTitle="The sample was not drawn" aria-label="Draw the sample">
      <TextInput name="percent" label="Percentage of notes to sample" hint="From 5 to 100. 20% is usual. Drawing again with a larger percentage keeps the notes already in the sample." inputMode="numeric" width="3" />
    </Form>
  );
}

function Sample({ scope, view, canWrite }: { scope: ProgrammeScope; view: SecondCodingView; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [shortcutsOn, setShortcutsOn] = useShortcutsOn();
  const [message, announce] = useAnnouncer();
  const sessions = sampleSessions(view.excerpts);
  // One session at a time: a sample across a whole programme can run to hundreds of notes.
  const chosen = params.get('session');
  const session = sessions.find((s) => s.id === chosen) ?? sessions.find((s) => s.coded < s.sampled) ?? sessions[0];
  const shown = session ? view.excerpts.filter((e) => e.conversationId === session.id) : [];
  const key = conversationKeys.secondCoding(scope.orgId, scope.programmeId);
  const onSaved = (excerpt: SampledExcerpt, coding: SampledExcerpt['coding']) => {
    queryClient.setQueryData<SecondCodingView>(key, (old) => {
      if (!old) return old;
      const excerpts = old.excerpts.map((e) => (e.id === excerpt.id ? { ...e, coding } : e));
      return { ...old, excerpts, coded: excerpts.filter((e) => e.coding).length };
    });
    void queryClient.invalidateQueries({ queryKey: conversationKeys.agreement(scope.orgId, scope.programmeId) });
  };
  return (
    <>
      <LiveRegion message={message} />
      <p className="nhsuk-body-l" id="second-coding-progress">
        {view.coded} coded of {view.sampled} sampled
      </p>
      {view.sampled === 0 ? (
        <p>No notes have been sampled yet.</p>
      ) : (
        <>
          {canWrite && <ShortcutSettings on={shortcutsOn} setOn={setShortcutsOn} />}
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="filter-session">
              Show sampled notes from
            </label>
            <select className="nhsuk-select" id="filter-session" value={session?.id ?? ''} onChange={(e) => setParams({ session: e.target.value }, { replace: true })}>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {sessionOptionLabel(s)}
                </option>
              ))}
            </select>
          </div>
          <ol className="app-comments">
            {shown.map((e, i) => {
              const number = i + 1;
              const id = `sample-${e.id}`;
              const label = `sampled note ${number}`;
              return (
                <li className="app-comment" key={e.id}>
                  <p className="nhsuk-body-s app-comment__question">
                    <strong>Sampled note {number}</strong>, from {e.conversationTitle}
                    {e.question ? `, in answer to: ${e.question}` : ', under no particular question'}
                  </p>
                  <blockquote className="app-comment__text" id={`${id}-text`}>
                    {e.text}
                  </blockquote>
                  {canWrite && (
                    <CodingForm
                      id={id}
                      noteLabel={label}
                      coding={e.coding}
                      shortcutsOn={shortcutsOn}
                      save={(body) => saveCoding(scope.orgId, scope.programmeId, e.conversationId, e.id, 'second', body)}
                      onSaved={(coding) => onSaved(e, coding)}
                      announce={announce}
                      describedBy={`${id}-text`}
                    />
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}

function SecondCoding({ scope }: { scope: ProgrammeScope }) {
  const canWrite = useCan('conversations.write');
  const view = useSecondCoding(scope);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={scope.base()}>Back to focus groups and interviews</BackLink>
        <PageHeading caption={scope.programmeName}>Second coding</PageHeading>
        <p>To check that the codes mean the same thing to everyone, a second person codes a sample of the notes again, on their own.</p>
        <InsetText>
          <p>
            The coding is blind: you do not see how the notes were coded the first time, nor any suggestions. Someone who coded a note the first time cannot code it again here. Names and details
            are taken out of every note.
          </p>
        </InsetText>
        <p>
          When enough notes have been coded twice, see the <Link to={scope.base('/agreement')}>agreement between coders</Link>.
        </p>
        <QueryView query={view} loading="Loading the sample">
          {(data) => (
            <>
              {canWrite && <DrawSample scope={scope} drawn={data.sampled > 0} />}
              <Sample scope={scope} view={data} canWrite={canWrite} />
            </>
          )}
        </QueryView>
      </div>
    </div>
  );
}

export function SecondCodingPage() {
  return <WithProgramme title="Second coding">{(scope) => <SecondCoding scope={scope} />}</WithProgramme>;
}
