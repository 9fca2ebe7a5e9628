// One note of a session: its words (with names and details taken out unless you facilitated the
// session or wrote the note), changing or deleting it, and its coding. Changes and deletions name
// the version they started from; when someone else got there first, their version is shown and
// this person's change is kept on screen for them to make again.
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/problem.js';
import { Tag, WarningCallout } from '../../../components/content.js';
import type { Coding, CodingBody, Conversation, Excerpt, GuideQuestion } from '../api/conversations-api.js';
import { codingSummary } from '../lib/coding.js';
import { CodingForm } from './CodingForm.js';

export interface NoteActions {
  update: (excerpt: Excerpt, patch: { text?: string; questionId?: string | null }) => Promise<Conversation>;
  remove: (excerpt: Excerpt) => Promise<Conversation>;
  code: (excerpt: Excerpt, body: CodingBody) => Promise<Coding>;
  /** The session as the server now has it (after a change, or the latest after a conflict). */
  onConversation: (conversation: Conversation) => void;
  onCoded: (excerpt: Excerpt, coding: Coding) => void;
  onDeleted: (number: number) => void;
  announce: (message: string) => void;
}

interface NoteItemProps {
  excerpt: Excerpt;
  number: number;
  questions: readonly GuideQuestion[];
  canWrite: boolean;
  shortcutsOn: boolean;
  actions: NoteActions;
}

type Mode = 'view' | 'edit' | 'delete';

interface Conflict {
  message: string;
  /** What this person had typed, which was not saved. */
  theirWords?: string;
}

export function NoteItem({ excerpt, number, questions, canWrite, shortcutsOn, actions }: NoteItemProps) {
  const id = `note-${excerpt.id}`;
  const label = `note ${number}`;
  const [mode, setMode] = useState<Mode>('view');
  const [text, setText] = useState(excerpt.text);
  const [questionId, setQuestionId] = useState(excerpt.questionId ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [pending, setPending] = useState(false);

  // Focus follows the task: into the form that opens, and back to the link that opened it.
  const previous = useRef<Mode>('view');
  useEffect(() => {
    const was = previous.current;
    previous.current = mode;
    if (was === mode) return;
    const target =
      mode === 'edit' ? (excerpt.unredacted ? `${id}-text-input` : `${id}-question`) : mode === 'delete' ? `${id}-delete-yes` : was === 'delete' ? `${id}-delete` : `${id}-change`;
    document.getElementById(target)?.focus();
  }, [mode, id, excerpt.unredacted]);

  const startEditing = () => {
    setText(excerpt.text);
    setQuestionId(excerpt.questionId ?? '');
    setProblem(null);
    setConflict(null);
    setMode('edit');
  };

  /** Shows the latest version after a conflict, and whether the note is still there. */
  const showConflict = (error: unknown, what: 'change' | 'delete'): boolean => {
    if (!isApiError(error)) return false;
    if (error.status === 404) {
      setConflict({ message: `Someone else has deleted ${label}.` });
      return true;
    }
    if (error.code !== 'edit_conflict') return false;
    const current = error.body.current as Conversation | undefined;
    const latest = current?.excerpts.find((e) => e.id === excerpt.id);
    if (current) actions.onConversation(current);
    if (!latest) {
      setConflict({ message: `Someone else has deleted ${label}.` });
      setMode('view');
      return true;
    }
    if (what === 'change') {
      setConflict({ message: `Someone else changed ${label} after you opened it, so your change was not saved. Their version is shown; make your change again.`, theirWords: excerpt.unredacted && text !== latest.text ? text : undefined });
      setText(latest.text);
      setQuestionId(latest.questionId ?? '');
    } else {
      setConflict({ message: `Someone else changed ${label} after you opened it, so it was not deleted. Their version is shown; delete it again if you still want to.` });
      setMode('view');
    }
    return true;
  };

  const saveChange = async () => {
    if (pending) return;
    if (excerpt.unredacted && !text.trim()) {
      setProblem('Enter the words of the note');
      document.getElementById(`${id}-text-input`)?.focus();
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      const patch = { ...(excerpt.unredacted && text.trim() !== excerpt.text ? { text: text.trim() } : {}), ...(questionId !== (excerpt.questionId ?? '') ? { questionId: questionId || null } : {}) };
      const conversation = await actions.update(excerpt, patch);
      actions.onConversation(conversation);
      setConflict(null);
      setMode('view');
      actions.announce(`${label.charAt(0).toUpperCase()}${label.slice(1)} saved.`);
    } catch (error) {
      if (!showConflict(error, 'change')) setProblem(isApiError(error) ? (error.errors[0]?.message ?? error.detail) : 'The note was not saved. Try again.');
    } finally {
      setPending(false);
    }
  };

  const confirmDelete = async () => {
    if (pending) return;
    setPending(true);
    try {
      const conversation = await actions.remove(excerpt);
      actions.onConversation(conversation);
      actions.onDeleted(number);
    } catch (error) {
      if (!showConflict(error, 'delete')) setProblem(isApiError(error) ? error.detail : 'The note was not deleted. Try again.');
      setMode('view');
    } finally {
      setPending(false);
    }
  };

  const question = (q: GuideQuestion, i: number) => `Q${i + 1}. ${q.text}`;

  return (
    <li className="app-comment" id={id}>
      <p className="nhsuk-body-s app-comment__question">
        <strong>Note {number}</strong> {!excerpt.unredacted && <Tag colour="grey">Names taken out</Tag>} {excerpt.coding ? <Tag colour="green">Coded</Tag> : <Tag colour="white">Not coded yet</Tag>}{' '}
        {excerpt.secondCoding && <Tag colour="blue">In the second-coding sample</Tag>}
      </p>
      <blockquote className="app-comment__text" id={`${id}-text`}>
        {excerpt.text}
      </blockquote>

      {conflict && (
        <div className="app-conflict">
          <WarningCallout heading="Someone else changed this" level={4}>
            <p>{conflict.message}</p>
            {conflict.theirWords && (
              <p>
                Your words were: “{conflict.theirWords}”
              </p>
            )}
          </WarningCallout>
        </div>
      )}

      {canWrite && mode === 'view' && (
        <p className="app-button-group">
          <button type="button" className="app-link-button" id={`${id}-change`} onClick={startEditing}>
            Change<span className="nhsuk-u-visually-hidden"> {label}</span>
          </button>
          <button
            type="button"
            className="app-link-button"
            id={`${id}-delete`}
            onClick={() => {
              setProblem(null);
              setMode('delete');
            }}
          >
            Delete<span className="nhsuk-u-visually-hidden"> {label}</span>
          </button>
        </p>
      )}
      {problem && mode === 'view' && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {problem}
        </p>
      )}

      {canWrite && mode === 'delete' && (
        <div className="nhsuk-form-group" role="group" aria-labelledby={`${id}-delete-question`}>
          <p id={`${id}-delete-question`}>
            <strong>Delete {label}?</strong> Its coding goes with it. This cannot be undone.
          </p>
          <div className="app-button-group">
            <button type="button" className="nhsuk-button nhsuk-button--warning nhsuk-button--small" id={`${id}-delete-yes`} onClick={() => void confirmDelete()} aria-disabled={pending || undefined}>
              Yes, delete {label}
            </button>
            <button type="button" className="app-link-button nhsuk-u-margin-bottom-3" onClick={() => setMode('view')}>
              No, keep it
            </button>
          </div>
        </div>
      )}

      {canWrite && mode === 'edit' && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void saveChange();
          }}
        >
          {excerpt.unredacted ? (
            <div className={`nhsuk-form-group${problem ? ' nhsuk-form-group--error' : ''}`}>
              <label className="nhsuk-label" htmlFor={`${id}-text-input`}>
                Words of {label}
              </label>
              {problem && (
                <span className="nhsuk-error-message" id={`${id}-text-error`}>
                  <span className="nhsuk-u-visually-hidden">Error: </span>
                  {problem}
                </span>
              )}
              <textarea
                className={`nhsuk-textarea${problem ? ' nhsuk-textarea--error' : ''}`}
                id={`${id}-text-input`}
                rows={4}
                value={text}
                onChange={(e) => setText(e.target.value)}
                aria-describedby={problem ? `${id}-text-error` : undefined}
              />
            </div>
          ) : (
            <>
              <p className="nhsuk-body-s">You can move this note to another question, but not change its words, because you see it with names and details taken out.</p>
              {problem && (
                <p className="nhsuk-error-message" role="alert">
                  <span className="nhsuk-u-visually-hidden">Error: </span>
                  {problem}
                </p>
              )}
            </>
          )}
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor={`${id}-question`}>
              Question for {label}
            </label>
            <select className="nhsuk-select" id={`${id}-question`} value={questionId} onChange={(e) => setQuestionId(e.target.value)}>
              <option value="">No particular question</option>
              {questions.map((q, i) => (
                <option key={q.id} value={q.id}>
                  {question(q, i)}
                </option>
              ))}
            </select>
          </div>
          <div className="app-button-group">
            <button type="submit" className="nhsuk-button nhsuk-button--small" aria-disabled={pending || undefined}>
              Save {label}
            </button>
            <button
              type="button"
              className="app-link-button nhsuk-u-margin-bottom-3"
              onClick={() => {
                setConflict(null);
                setMode('view');
              }}
            >
              Cancel<span className="nhsuk-u-visually-hidden"> changing {label}</span>
            </button>
          </div>
        </form>
      )}

      {canWrite ? (
        <CodingForm
          id={id}
          noteLabel={label}
          coding={excerpt.coding}
          suggestions={excerpt.coding ? [] : excerpt.suggestions}
          shortcutsOn={shortcutsOn}
          save={(body) => actions.code(excerpt, body)}
          onSaved={(coding) => actions.onCoded(excerpt, coding)}
          announce={actions.announce}
          describedBy={`${id}-text`}
        />
      ) : excerpt.coding ? (
        <ul className="nhsuk-list">
          {codingSummary(excerpt.coding).map((line) => (
            <li key={line}>
              <Tag colour="blue">{line}</Tag>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
