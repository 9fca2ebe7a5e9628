// Rating one cell (or an element overall) and writing its narrative. A save names the version the
// form read; if someone else saved first, the server refuses it and sends their version, which the
// form then shows, with the user's own words kept aside to put back and save on purpose. Nothing
// is overwritten without the person seeing what they would overwrite. Saves are announced politely.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiError, refusalText } from '../../../api/problem.js';
import { Button } from '../../../components/Button.js';
import { WarningCallout } from '../../../components/content.js';
import { SummaryList } from '../../../components/SummaryList.js';
import type { CellBody, SavedCell } from '../api/synthesis-api.js';
import { cellBody, draftFrom, draftProblem, isChanged, NARRATIVE_MAX, reapplyMine, resolveConflict, type CellDraft, type Conflict } from '../lib/cell-draft.js';
import { RATING_CHOICES, RATING_NAMES } from '../lib/ratings.js';

export interface CellFormProps {
  /** Unique on the page; every control's id starts with it. */
  id: string;
  /** What is being rated, mid-sentence: "Culture focus groups", "Teamwork overall". */
  what: string;
  legend: string;
  cell: SavedCell;
  save: (body: CellBody) => Promise<SavedCell>;
  onSaved: (saved: SavedCell) => void;
  /** The synthesis turned out to be agreed meanwhile: reload it. */
  onLocked: () => void;
  announce: (message: string) => void;
}

const ratingWords = (rating: CellDraft['rating']) => (rating === 'none' ? 'Not rated' : RATING_NAMES[rating]);

function ConflictPanel({ conflict, what, onReapply }: { conflict: Conflict; what: string; onReapply: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [conflict]);
  const theirs = draftFrom(conflict.theirs);
  return (
    <div className="app-conflict" ref={ref} tabIndex={-1}>
      <WarningCallout heading={`Someone else saved ${what} first`} level={3}>
        <p>Your rating and narrative were not saved. The form now shows what they saved. If yours should stand instead, put it back in the form and save it.</p>
        <SummaryList
          rows={[
            { key: 'Their rating', value: ratingWords(theirs.rating) },
            { key: 'Their narrative', value: theirs.narrative || 'None written' },
            { key: 'Your rating (not saved)', value: ratingWords(conflict.mine.rating) },
            { key: 'Your narrative (not saved)', value: conflict.mine.narrative.trim() || 'None written' },
          ]}
        />
        <Button variant="secondary" onClick={onReapply}>
          Put my version back in the form<span className="nhsuk-u-visually-hidden"> for {what}</span>
        </Button>
      </WarningCallout>
    </div>
  );
}

export function CellForm({ id, what, legend, cell, save, onSaved, onLocked, announce }: CellFormProps) {
  const [base, setBase] = useState<SavedCell>(cell);
  const [draft, setDraft] = useState<CellDraft>(() => draftFrom(cell));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [savedNote, setSavedNote] = useState(false);
  const dirty = isChanged(draft, base);

  // A newer version that arrives with a reload replaces the form's, unless the form holds unsaved changes.
  useEffect(() => {
    if (cell.version === base.version || dirty) return;
    setBase(cell);
    setDraft(draftFrom(cell));
  }, [cell]);

  const change = (next: Partial<CellDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setSavedNote(false);
  };

  const submit = async () => {
    if (pending) return;
    const found = draftProblem(draft);
    setProblem(found);
    if (found) return;
    setPending(true);
    try {
      const saved = await save(cellBody(draft, base.version));
      setBase(saved);
      setDraft(draftFrom(saved));
      setConflict(null);
      setSavedNote(true);
      announce(`Saved ${what}: ${ratingWords(draftFrom(saved).rating)}.`);
      onSaved(saved);
    } catch (error) {
      if (isApiError(error) && error.status === 401) return; // the app is taking them to sign in
      if (isApiError(error) && error.code === 'edit_conflict') {
        const outcome = resolveConflict((error.body.current as SavedCell | null | undefined) ?? null, draft);
        setBase(outcome.base);
        setDraft(outcome.draft);
        onSaved(outcome.base);
        if (outcome.kind === 'same') {
          setConflict(null);
          setSavedNote(true);
          announce(`Someone else had already saved the same for ${what}.`);
        } else {
          setConflict(outcome.conflict);
          setSavedNote(false);
        }
      } else if (isApiError(error) && error.code === 'synthesis_agreed') {
        setProblem('The synthesis has been agreed, so this cannot be changed. The programme lead can reopen it.');
        onLocked();
      } else {
        setProblem(refusalText(error, 'Your rating was not saved. Try again.'));
      }
    } finally {
      setPending(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  const reapply = () => {
    if (!conflict) return;
    setDraft(reapplyMine(conflict));
    setConflict(null);
    announce(`Your version of ${what} is back in the form. Save it to keep it.`);
  };

  const narrativeId = `${id}-narrative`;
  const problemId = `${id}-problem`;
  return (
    <form noValidate onSubmit={onSubmit} className="app-synthesis-cell-form">
      {conflict && <ConflictPanel conflict={conflict} what={what} onReapply={reapply} />}
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
          <div className="nhsuk-radios nhsuk-radios--small nhsuk-radios--inline">
            {RATING_CHOICES.map((choice, i) => {
              const inputId = i === 0 ? `${id}-rating` : `${id}-rating-${i + 1}`;
              return (
                <div className="nhsuk-radios__item" key={choice.value}>
                  <input className="nhsuk-radios__input" type="radio" id={inputId} name={`${id}-rating`} value={choice.value} checked={draft.rating === choice.value} onChange={() => change({ rating: choice.value })} />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={inputId}>
                    {choice.label}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <div className={`nhsuk-form-group${problem ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={narrativeId}>
          Narrative for {what} (optional)
        </label>
        <div className="nhsuk-hint" id={`${narrativeId}-hint`}>
          What the change team makes of this evidence, in a few sentences. The board reads this in its report. Up to {NARRATIVE_MAX.toLocaleString('en-GB')} characters.
        </div>
        {problem && (
          <p className="nhsuk-error-message" id={problemId} role="alert">
            <span className="nhsuk-u-visually-hidden">Error: </span>
            {problem}
          </p>
        )}
        <textarea
          className={`nhsuk-textarea${problem ? ' nhsuk-textarea--error' : ''}`}
          id={narrativeId}
          rows={4}
          value={draft.narrative}
          onChange={(e) => change({ narrative: e.target.value })}
          aria-describedby={[`${narrativeId}-hint`, problem ? problemId : null].filter(Boolean).join(' ')}
          spellCheck
        />
      </div>
      <div className="app-button-group">
        <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
          {pending ? 'Saving' : 'Save'}
          <span className="nhsuk-u-visually-hidden"> the rating and narrative for {what}</span>
        </Button>
        {dirty ? <span className="nhsuk-body-s nhsuk-u-margin-bottom-2">Not saved yet</span> : savedNote ? <span className="nhsuk-body-s nhsuk-u-margin-bottom-2">Saved</span> : null}
      </div>
    </form>
  );
}
