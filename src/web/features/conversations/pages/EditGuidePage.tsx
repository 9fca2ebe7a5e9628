// Change the programme's copy of a guide: the title, introduction and closing, and each question's
// words, prompts, time and cultural elements; add, remove and reorder questions. Saving names the
// version read: if someone else saved first, their guide is loaded and nothing is overwritten.
// The server checks the guide and says which question is wrong ("guide.questions[3].text"); each
// problem links to its field. "Go back to the built-in guide" drops the programme's copy.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/problem.js';
import { QueryView } from '../../../app/QueryView.js';
import { Button } from '../../../components/Button.js';
import { WarningCallout } from '../../../components/content.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { errorsByField, type FormProblem } from '../../../components/forms/form-errors.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { NotFoundPage } from '../../errors/pages/NotFoundPage.js';
import { conversationKeys, resetGuide, saveGuide, type GuideKind, type GuideState } from '../api/conversations-api.js';
import { useGuide } from '../api/useConversations.js';
import { GuideQuestionFields } from '../components/GuideQuestionFields.js';
import { TextField } from '../components/GuideFields.js';
import { LiveRegion, useAnnouncer } from '../../../components/LiveRegion.js';
import { WithProgramme, type ProgrammeScope } from '../components/WithProgramme.js';
import { guideFieldIds, guideProblem } from '../lib/error-paths.js';
import { addQuestion, draftFromGuide, draftMinutes, guideFromDraft, moveQuestion, removeQuestion, type GuideDraft, type QuestionDraft } from '../lib/guide-draft.js';
import { isKind, KIND_WORDS } from '../lib/session-form.js';

const CONFLICT = 'Someone else changed this guide after you opened it, so your changes were not saved. Their version is shown below; make your change again.';

function Editor({ scope, state }: { scope: ProgrammeScope; state: GuideState }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const kind = state.guide.kind;
  const words = KIND_WORDS[kind];
  const back = scope.base(`/guides/${kind}`);
  const [base, setBase] = useState(state);
  const [draft, setDraft] = useState<GuideDraft>(() => draftFromGuide(state.guide));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [pending, setPending] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [message, announce] = useAnnouncer();
  const errors = errorsByField(problems);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const fail = (next: FormProblem[]) => {
    setProblems(next);
    setAttempt((a) => a + 1);
  };

  const showTheirs = (current: GuideState) => {
    setBase(current);
    setDraft(draftFromGuide(current.guide));
    queryClient.setQueryData(conversationKeys.guide(scope.orgId, scope.programmeId, kind), current);
    setConflict(true);
    fail([{ field: null, message: CONFLICT }]);
  };

  const handle = (error: unknown) => {
    if (!isApiError(error)) return fail([{ field: null, message: 'The guide was not saved. Try again.' }]);
    if (error.status === 401) return;
    const current = error.body.current as GuideState | undefined;
    if (error.code === 'edit_conflict' && current) return showTheirs(current);
    fail(error.errors.length ? error.errors.map(guideProblem) : [{ field: null, message: error.detail }]);
  };

  const save = async () => {
    if (pending) return;
    const { guide, problems: found } = guideFromDraft(draft);
    if (found.length) return fail(found);
    setPending(true);
    try {
      const saved = await saveGuide(scope.orgId, scope.programmeId, kind, guide, base.version);
      queryClient.setQueryData(conversationKeys.guide(scope.orgId, scope.programmeId, kind), saved);
      navigate(back, { state: { flash: `The ${words.guide} has been saved.` } });
    } catch (error) {
      handle(error);
    } finally {
      setPending(false);
    }
  };

  const goBackToBuiltIn = async () => {
    if (pending) return;
    setPending(true);
    try {
      const saved = await resetGuide(scope.orgId, scope.programmeId, kind, base.version);
      queryClient.setQueryData(conversationKeys.guide(scope.orgId, scope.programmeId, kind), saved);
      navigate(back, { state: { flash: `The programme now uses the built-in ${words.guide}.` } });
    } catch (error) {
      setConfirmReset(false);
      handle(error);
    } finally {
      setPending(false);
    }
  };

  const setQuestion = (index: number, change: Partial<QuestionDraft>) =>
    setDraft((d) => ({ ...d, questions: d.questions.map((q, i) => (i === index ? { ...q, ...change } : q)) }));

  // Problems name questions by their place, so they go stale once questions move.
  const reshape = (next: GuideDraft) => {
    setDraft(next);
    setProblems([]);
  };

  const move = (index: number, by: -1 | 1) => {
    const q = draft.questions[index];
    if (!q) return;
    const next = moveQuestion(draft, index, by);
    reshape(next);
    const at = next.questions.findIndex((x) => x.id === q.id);
    const canKeep = by < 0 ? at > 0 : at < next.questions.length - 1;
    setFocusId(`${q.id}-${canKeep ? (by < 0 ? 'up' : 'down') : by < 0 ? 'down' : 'up'}`);
    announce(`Question ${index + 1} moved ${by < 0 ? 'up' : 'down'}. It is now question ${at + 1}.`);
  };

  const remove = (index: number) => {
    reshape(removeQuestion(draft, index));
    setFocusId('guide-questions-heading');
    announce(`Question ${index + 1} removed. It goes from the guide when you save.`);
  };

  const add = () => {
    reshape(addQuestion(draft));
    setFocusId(guideFieldIds.question(draft.questions.length, 'text'));
    announce(`Question ${draft.questions.length + 1} added at the end.`);
  };

  const set = (field: keyof GuideDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>Back to the guide</BackLink>
        {problems.length > 0 && <ErrorSummary problems={problems} attempt={attempt} title={conflict ? 'Your changes were not saved' : 'There is a problem'} />}
        <PageHeading caption={words.guide.replace(/^./, (x) => x.toUpperCase())}>Change the guide</PageHeading>
        <LiveRegion message={message} />
        {conflict && (
          <div className="app-conflict">
            <WarningCallout heading="Someone else changed this guide" level={2}>
              <p>Their version is shown below. Check it, then make your change again.</p>
            </WarningCallout>
          </div>
        )}
        <p>About {draftMinutes(draft)} minutes in all. Changes apply to sessions planned after you save; sessions already planned keep their questions.</p>
        <form
          noValidate
          aria-label="Change the guide"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <TextField id={guideFieldIds.title} label="Title" value={draft.title} onChange={set('title')} error={errors[guideFieldIds.title]} />
          <TextField id={guideFieldIds.intro} label="Introduction" hint="Read out at the start. Leave a blank line between paragraphs." rows={8} value={draft.intro} onChange={set('intro')} error={errors[guideFieldIds.intro]} />
          <TextField id={guideFieldIds.introMinutes} label="Minutes for the introduction" value={draft.introMinutes} onChange={set('introMinutes')} error={errors[guideFieldIds.introMinutes]} width="3" numeric />

          <h2 className="nhsuk-heading-m" id="guide-questions-heading" tabIndex={-1}>
            Questions
          </h2>
          {draft.questions.map((q, i) => (
            <GuideQuestionFields key={q.id} question={q} index={i} count={draft.questions.length} errors={errors} onChange={(change) => setQuestion(i, change)} onMove={(by) => move(i, by)} onRemove={() => remove(i)} />
          ))}
          <div className={errors[guideFieldIds.questions] ? 'nhsuk-form-group nhsuk-form-group--error' : ''}>
            {errors[guideFieldIds.questions] && (
              <p className="nhsuk-error-message" id={`${guideFieldIds.questions}-error`}>
                <span className="nhsuk-u-visually-hidden">Error: </span>
                {errors[guideFieldIds.questions]}
              </p>
            )}
            <Button variant="secondary" id={guideFieldIds.questions} onClick={add}>
              Add a question
            </Button>
          </div>

          <h2 className="nhsuk-heading-m">Closing</h2>
          <TextField id={guideFieldIds.closing} label="Closing words" hint="Read out at the end. Leave a blank line between paragraphs." rows={5} value={draft.closing} onChange={set('closing')} error={errors[guideFieldIds.closing]} />
          <TextField id={guideFieldIds.closingMinutes} label="Minutes for the closing" value={draft.closingMinutes} onChange={set('closingMinutes')} error={errors[guideFieldIds.closingMinutes]} width="3" numeric />

          <div className="app-button-group">
            <Button type="submit" aria-disabled={pending || undefined}>
              {pending ? 'Saving' : 'Save the guide'}
            </Button>
            <p>
              <Link to={back}>Cancel</Link>
            </p>
          </div>
        </form>

        {!base.builtIn && (
          <section aria-labelledby="built-in-heading">
            <h2 className="nhsuk-heading-m" id="built-in-heading">
              Go back to the built-in guide
            </h2>
            <p>This throws away the programme’s changes to the {words.guide}. Sessions already planned keep their questions.</p>
            {confirmReset ? (
              <div className="app-button-group">
                <Button variant="warning" id="reset-yes" onClick={() => void goBackToBuiltIn()} aria-disabled={pending || undefined}>
                  Yes, go back to the built-in guide
                </Button>
                <button
                  type="button"
                  className="app-link-button nhsuk-u-margin-bottom-3"
                  onClick={() => {
                    setConfirmReset(false);
                    setFocusId('reset-start');
                  }}
                >
                  No, keep our guide
                </button>
              </div>
            ) : (
              <Button
                variant="secondary"
                id="reset-start"
                onClick={() => {
                  setConfirmReset(true);
                  setFocusId('reset-yes');
                }}
              >
                Go back to the built-in guide
              </Button>
            )}
          </section>
        )}
      </div>
    </div>
  );
}

function Loaded({ scope, kind }: { scope: ProgrammeScope; kind: GuideKind }) {
  const guide = useGuide(scope, kind);
  return <QueryView query={guide}>{(state) => <Editor key={kind} scope={scope} state={state} />}</QueryView>;
}

export function EditGuidePage() {
  const { kind } = useParams();
  if (!isKind(kind)) return <NotFoundPage />;
  return <WithProgramme title="Change the guide">{(scope) => <Loaded scope={scope} kind={kind} />}</WithProgramme>;
}
