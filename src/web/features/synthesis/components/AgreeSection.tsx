// For the programme lead: recording the synthesis as agreed at the synthesis event (Discover is
// then complete and Design begins), or reopening it. If any element still lacks an overall
// rating, the error summary lists each one with a link to where it is rated.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { isApiError } from '../../../api/problem.js';
import { Button } from '../../../components/Button.js';
import { WarningCallout } from '../../../components/content.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Form } from '../../../components/forms/Form.js';
import { DateInput } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';
import { joinDateParts, splitDateValue } from '../../../lib/dates.js';
import { agreeSynthesis, reopenSynthesis, synthesisKeys, type SynthesisView } from '../api/synthesis-api.js';
import { problemLinks, type ProblemLink } from '../lib/paths.js';
import { checkAgreedDate } from '../lib/settings-form.js';

function useAfterChange(orgId: string, programmeId: string) {
  const queryClient = useQueryClient();
  const invalidateOrg = useInvalidateOrg(orgId);
  return (saved: SynthesisView) => {
    queryClient.setQueryData(synthesisKeys.synthesis(orgId, programmeId), saved);
    // The programme's phases, the checklist and the report all change with it.
    void invalidateOrg();
  };
}

function AgreeForm({ view, orgId, programmeId, onDone }: { view: SynthesisView; orgId: string; programmeId: string; onDone: (message: string) => void }) {
  const afterChange = useAfterChange(orgId, programmeId);
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: synthesisKeys.synthesis(orgId, programmeId) });
  const [incomplete, setIncomplete] = useState<{ links: ProblemLink[]; attempt: number } | null>(null);
  const form = useForm({
    initialValues: { agreedEventDate: joinDateParts(splitDateValue(view.eventDate)) },
    validate: (values) => {
      setIncomplete(null);
      return checkAgreedDate(values.agreedEventDate).problems;
    },
    submit: (values) => agreeSynthesis(orgId, programmeId, { version: view.version, eventDate: checkAgreedDate(values.agreedEventDate).iso ?? '' }),
    onSuccess: (saved) => {
      afterChange(saved);
      onDone('The synthesis has been recorded as agreed. Discover is complete and the programme has moved to Design.');
    },
    describeError: (error) => {
      if (error.code === 'synthesis_incomplete') {
        setIncomplete((old) => ({ links: problemLinks(error.errors, orgId, view.elements.map((e) => e.key)), attempt: (old?.attempt ?? 0) + 1 }));
        return [];
      }
      if (error.code === 'edit_conflict' || error.code === 'synthesis_agreed') {
        void reload();
        return [{ field: null, message: 'Someone else changed the synthesis after you opened this page. The page now shows the latest; check it, then try again.' }];
      }
      return undefined;
    },
  });

  return (
    <>
      {incomplete && (
        <ErrorSummary title="The synthesis cannot be agreed yet" problems={[]} attempt={incomplete.attempt}>
          <p>Every cultural element needs an overall rating first.</p>
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {incomplete.links.map((p, i) => (
              <li key={i}>{p.to ? <Link to={p.to}>{p.message}</Link> : p.message}</li>
            ))}
          </ul>
        </ErrorSummary>
      )}
      <Form form={form} submitLabel="Record as agreed" pendingLabel="Recording" aria-label="Record the synthesis as agreed" errorTitle="The synthesis was not recorded as agreed">
        <DateInput name="agreedEventDate" legend="Date of the synthesis event" hint="The day the change team agreed the ratings. For example, 20 11 2026" />
      </Form>
    </>
  );
}

function ReopenForm({ view, orgId, programmeId, onDone }: { view: SynthesisView; orgId: string; programmeId: string; onDone: (message: string) => void }) {
  const afterChange = useAfterChange(orgId, programmeId);
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const reopen = async () => {
    if (pending) return;
    setPending(true);
    try {
      afterChange(await reopenSynthesis(orgId, programmeId, { version: view.version }));
      setProblem(null);
      onDone('The synthesis has been reopened. The programme is back in Discover until it is agreed again.');
    } catch (error) {
      if (isApiError(error, 401)) return;
      void queryClient.invalidateQueries({ queryKey: synthesisKeys.synthesis(orgId, programmeId) });
      setProblem(isApiError(error) ? error.detail : 'The synthesis was not reopened. Try again.');
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      {problem && <ErrorSummary title="The synthesis was not reopened" problems={[{ field: null, message: problem }]} />}
      <WarningCallout heading="Reopening moves the programme back to Discover" level={3}>
        <p>The change team can then change ratings and narratives again. Design does not start until the synthesis is agreed once more.</p>
      </WarningCallout>
      <Button variant="secondary" onClick={() => void reopen()} aria-disabled={pending || undefined}>
        {pending ? 'Reopening' : 'Reopen the synthesis'}
      </Button>
    </>
  );
}

export function AgreeSection({ view, orgId, programmeId, onDone }: { view: SynthesisView; orgId: string; programmeId: string; onDone: (message: string) => void }) {
  const setDone = onDone;
  return (
    <section aria-labelledby="agree-heading">
      {view.status === 'draft' ? (
        <>
          <h2 className="nhsuk-heading-m" id="agree-heading">
            Record the synthesis as agreed
          </h2>
          <p>Once the change team has agreed the ratings at the synthesis event, record it here. Discover is then complete, and the programme moves to Design.</p>
          <AgreeForm key={view.eventDate ?? ''} view={view} orgId={orgId} programmeId={programmeId} onDone={setDone} />
        </>
      ) : (
        <>
          <h2 className="nhsuk-heading-m" id="agree-heading">
            Reopen the synthesis
          </h2>
          <ReopenForm view={view} orgId={orgId} programmeId={programmeId} onDone={setDone} />
        </>
      )}
    </section>
  );
}
