// "Check your answers": every answer by section with a Change link back to its page, then
// Submit. Problems found here (or by the server) link to the page that asks the question.
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { format } from '../../../../core/i18n/respondent-strings.js';
import { validateSubmission } from '../../../../core/instruments/answers.js';
import { isApiError } from '../../../api/problem.js';
import { Button } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { sendAnswers, type SubmissionBody } from '../api/respond-api.js';
import { useRespond } from '../components/respond-context.js';
import { SaveForLaterButton } from '../components/SaveForLaterButton.js';
import { useStrings } from '../components/strings.js';
import { answerSummary, type SummaryEntry } from '../lib/answer-summary.js';
import { fieldTarget, previousPage } from '../lib/journey.js';
import { refusalFor } from '../lib/refusal.js';

interface Problem {
  message: string;
  /** Where to fix it; null when it is not about one answer. */
  to: string | null;
}

function AnswerValue({ entry, notAnswered }: { entry: SummaryEntry; notAnswered: string }) {
  if (!entry.answer.length) return <>{notAnswered}</>;
  if (entry.answer.length === 1) return <span className="app-answer-text">{entry.answer[0]}</span>;
  return (
    <ul className="nhsuk-list">
      {entry.answer.map((a) => (
        <li key={a}>{a}</li>
      ))}
    </ul>
  );
}

export function CheckAnswersPage() {
  const { link, view, definition, language, draft, pages, pathTo, update, finish, refuse } = useRespond();
  const strings = useStrings();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);

  useEffect(() => update((d) => ({ ...d, lastPage: 'check' })), [update]);

  const show = (found: { field: string; message: string }[]) => {
    setProblems(
      found.map(({ field, message }) => {
        if (!field) return { message, to: null };
        const target = fieldTarget(definition, field);
        return { message, to: target.page.kind === 'check' ? null : pathTo(target.page, { changing: true, field: target.field }) };
      }),
    );
    setAttempt((a) => a + 1);
  };

  const sent = () => {
    finish();
    void navigate(pathTo({ kind: 'sent' }), { replace: true });
  };

  const submit = async () => {
    if (pending) return;
    const checked = validateSubmission(definition, { answers: draft.answers, demographics: draft.demographics }, language);
    const found = [
      ...(link.kind === 'open' && !draft.unitId ? [{ field: 'unitId', message: strings.chooseUnitError }] : []),
      ...(checked.ok ? [] : checked.errors),
    ];
    if (found.length) return show(found);
    const body: SubmissionBody = { language, answers: draft.answers, demographics: draft.demographics };
    if (link.kind === 'open') Object.assign(body, { unitId: draft.unitId, submissionKey: draft.submissionKey });
    setPending(true);
    try {
      await sendAnswers(link, body);
      sent();
    } catch (error) {
      if (!isApiError(error)) throw error;
      // On an open link this means these very answers were stored by an earlier attempt.
      if (error.code === 'already_submitted' && link.kind === 'open') return sent();
      const reason = refusalFor(error, link.kind);
      if (reason && reason !== 'problem') return refuse(reason);
      if (error.status === 422 && error.errors.length) return show(error.errors.map((e) => ({ field: e.path, message: e.message })));
      show([{ field: '', message: strings.sendFailed }]);
    } finally {
      setPending(false);
    }
  };

  const back = previousPage(pages, { kind: 'check' }, false);
  const groups = answerSummary(definition, draft, language, link.kind === 'open' ? view.units : null, strings);
  return (
    <>
      {back && <BackLink to={pathTo(back)}>{strings.back}</BackLink>}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {problems.length > 0 && (
            <ErrorSummary problems={[]} title={strings.errorSummaryTitle} attempt={attempt}>
              <ul className="nhsuk-list nhsuk-error-summary__list">
                {problems.map((p, i) => (
                  <li key={i}>{p.to ? <Link to={p.to}>{p.message}</Link> : p.message}</li>
                ))}
              </ul>
            </ErrorSummary>
          )}
          <PageHeading title={format(strings.pageTitle, { page: strings.checkAnswersTitle, survey: view.title })}>{strings.checkAnswersTitle}</PageHeading>
          <p>{strings.checkAnswersIntro}</p>
          {groups.map((group, g) => (
            <section key={g}>
              {group.heading && <h2 className="nhsuk-heading-m">{group.heading}</h2>}
              <SummaryList
                rows={group.entries.map((entry) => ({
                  key: entry.question,
                  value: <AnswerValue entry={entry} notAnswered={strings.notAnswered} />,
                  action: {
                    to: pathTo(entry.page, { changing: true, field: entry.field }),
                    label: strings.change,
                    hiddenText: format(strings.changeHidden, { question: entry.question }),
                  },
                }))}
              />
            </section>
          ))}
          <div className="app-button-group">
            <Button onClick={() => void submit()} aria-disabled={pending || undefined}>
              {pending ? strings.sending : strings.submitAnswers}
            </Button>
            <SaveForLaterButton />
          </div>
        </div>
      </div>
    </>
  );
}
