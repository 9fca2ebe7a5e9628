// Coding one note: for each cultural element, not coded, a strength or an area to develop (a grid
// of radios, one row per element, which stacks on narrow screens as NHS.UK responsive tables
// do); the compassionate leadership behaviours it shows; any other themes; and the classifier's
// suggestions, taken with one click. Keys 1–6 cycle an element and Enter saves, while focus is in
// this form and not in a text box (see ShortcutSettings). A save names the version it started
// from; if someone else coded the note meanwhile, their coding is shown and nothing is overwritten.
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { isApiError, refusalText } from '../../../api/problem.js';
import type { Coding, CodingBody, Suggestion } from '../api/conversations-api.js';
import {
  applySuggestions,
  BEHAVIOURS,
  CHOICE_LABELS,
  choiceAnnouncement,
  codingBody,
  draftFrom,
  ELEMENTS,
  isChanged,
  nextChoice,
  shortcutFor,
  suggestionText,
  type Choice,
  type CodingDraft,
} from '../lib/coding.js';

export interface CodingFormProps {
  /** Unique on the page; every control's id starts with it. */
  id: string;
  /** "note 3": for the caption, the button and what is read out. */
  noteLabel: string;
  coding: Coding | null;
  suggestions?: readonly Suggestion[];
  shortcutsOn: boolean;
  save: (body: CodingBody) => Promise<Coding>;
  onSaved: (coding: Coding) => void;
  announce: (message: string) => void;
  /** The id of the note's words, so the form is described by them. */
  describedBy?: string;
}

const COLUMNS: Choice[] = ['none', 'strength', 'develop'];

function targetKind(target: EventTarget): string {
  if (!(target instanceof HTMLElement)) return '';
  const tag = target.tagName.toLowerCase();
  return tag === 'input' ? `input:${(target as HTMLInputElement).type}` : tag;
}

export function CodingForm({ id, noteLabel, coding, suggestions = [], shortcutsOn, save, onSaved, announce, describedBy }: CodingFormProps) {
  const captionId = useId();
  const [base, setBase] = useState<Coding | null>(coding);
  const [draft, setDraft] = useState<CodingDraft>(() => draftFrom(coding));
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const dirty = isChanged(draft, base);

  // Someone else's coding that arrives with a reload replaces the form's, unless this form has unsaved changes.
  useEffect(() => {
    if ((coding?.version ?? 0) === (base?.version ?? 0) || dirty) return;
    setBase(coding);
    setDraft(draftFrom(coding));
  }, [coding]);

  const setChoice = (key: string, choice: Choice) => setDraft((d) => ({ ...d, choices: { ...d.choices, [key]: choice } }));

  const submit = async () => {
    if (pending) return;
    setPending(true);
    setProblem(null);
    try {
      const saved = await save(codingBody(draft, base?.version ?? 0));
      setBase(saved);
      setDraft(draftFrom(saved));
      announce(`Coding saved for ${noteLabel}.`);
      onSaved(saved);
    } catch (error) {
      if (isApiError(error) && error.status === 401) return; // the app is taking them to sign in
      if (isApiError(error) && error.code === 'edit_conflict') {
        const current = (error.body.current as Coding | null | undefined) ?? null;
        setBase(current);
        setDraft(draftFrom(current));
        setProblem(`Someone else changed the coding of ${noteLabel} after you opened it, so your coding was not saved. Their version is shown; make your change again.`);
      } else {
        setProblem(refusalText(error, 'The coding was not saved. Try again.'));
      }
    } finally {
      setPending(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (!shortcutsOn) return;
    const shortcut = shortcutFor({ key: event.key, ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey, isComposing: event.nativeEvent.isComposing, target: targetKind(event.target) });
    if (!shortcut) return;
    event.preventDefault();
    if (shortcut.kind === 'save') {
      void submit();
      return;
    }
    const element = ELEMENTS[shortcut.index];
    if (!element) return;
    const next = nextChoice(draft.choices[element.key] ?? 'none');
    setChoice(element.key, next);
    announce(choiceAnnouncement(element.key, next));
  };

  const useSuggestions = () => {
    setDraft((d) => ({ ...d, choices: applySuggestions(d.choices, suggestions) }));
    announce(`Suggestions used for ${noteLabel}. Save the coding to keep them.`);
  };

  const problemId = `${id}-problem`;
  // A fourth column only when a saved coding marks an element both ways, so nothing saved is lost.
  const columns: Choice[] = ELEMENTS.some((e) => draft.choices[e.key] === 'both') ? [...COLUMNS, 'both'] : COLUMNS;
  return (
    <form noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} aria-describedby={describedBy}>
      {suggestions.length > 0 && (
        <div className="app-button-group">
          <p className="nhsuk-body-s app-comment__suggested nhsuk-u-margin-bottom-2" id={`${id}-suggested`}>
            Suggested: {suggestionText(suggestions)}
          </p>
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" aria-describedby={`${id}-suggested`} onClick={useSuggestions}>
            Use suggestions<span className="nhsuk-u-visually-hidden"> for {noteLabel}</span>
          </button>
        </div>
      )}
      <table className="nhsuk-table-responsive nhsuk-table--compact">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={captionId}>
          Cultural elements in {noteLabel}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Element
            </th>
            {columns.map((c) => (
              <th scope="col" className="nhsuk-table__header" key={c}>
                {CHOICE_LABELS[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {ELEMENTS.map((element, i) => {
            const chosen = draft.choices[element.key] ?? 'none';
            return (
              <tr className="nhsuk-table__row" key={element.key}>
                <th scope="row" className="nhsuk-table__header">
                  {i + 1}. {element.name}
                </th>
                {columns.map((c) => (
                  <td className="nhsuk-table__cell" key={c}>
                    <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                      {CHOICE_LABELS[c]}{' '}
                    </span>
                    <div className="nhsuk-radios nhsuk-radios--small">
                      <div className="nhsuk-radios__item">
                        <input
                          className="nhsuk-radios__input"
                          type="radio"
                          id={`${id}-${element.key}-${c}`}
                          name={`${id}-${element.key}`}
                          value={c}
                          checked={chosen === c}
                          onChange={() => setChoice(element.key, c)}
                        />
                        <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${id}-${element.key}-${c}`}>
                          <span className="nhsuk-u-visually-hidden">
                            {element.name}: {c === 'both' ? 'strength and area to develop' : CHOICE_LABELS[c].toLowerCase()}
                          </span>
                        </label>
                      </div>
                    </div>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Compassionate leadership behaviours in {noteLabel}</legend>
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-checkboxes--inline">
            {BEHAVIOURS.map((b) => (
              <div className="nhsuk-checkboxes__item" key={b.key}>
                <input
                  className="nhsuk-checkboxes__input"
                  type="checkbox"
                  id={`${id}-behaviour-${b.key}`}
                  checked={draft.behaviours.includes(b.key)}
                  onChange={(e) => setDraft((d) => ({ ...d, behaviours: e.target.checked ? [...d.behaviours, b.key] : d.behaviours.filter((x) => x !== b.key) }))}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${id}-behaviour-${b.key}`}>
                  {b.name}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`${id}-themes`}>
          Other themes (optional)
        </label>
        <div className="nhsuk-hint" id={`${id}-themes-hint`}>
          Separate themes with commas, for example: rotas, car parking
        </div>
        <input
          className="nhsuk-input"
          id={`${id}-themes`}
          type="text"
          value={draft.themes}
          onChange={(e) => setDraft((d) => ({ ...d, themes: e.target.value }))}
          aria-describedby={`${id}-themes-hint`}
          spellCheck
        />
      </div>
      {problem && (
        <p className="nhsuk-error-message" id={problemId} role="alert">
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {problem}
        </p>
      )}
      <div className="app-button-group">
        <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" aria-disabled={pending || undefined} aria-describedby={problem ? problemId : undefined}>
          {pending ? 'Saving' : 'Save coding'}
          <span className="nhsuk-u-visually-hidden"> for {noteLabel}</span>
        </button>
        {dirty && <span className="nhsuk-body-s nhsuk-u-margin-bottom-2">Not saved yet</span>}
      </div>
    </form>
  );
}
