// Coding free text (survey comments, complaints and compliments) to themes: the words with
// search matches marked, and a checkbox per theme for those allowed to code, the classifier's
// suggestions marked with how likely it thinks they are; everyone else sees the themes as tags.
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Tag } from './content.js';

export interface Highlight {
  start: number;
  end: number;
}

/** The text with each highlighted range in a <mark>. */
export function Highlighted({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  highlights.forEach((h, i) => {
    if (h.start > at) parts.push(text.slice(at, h.start));
    parts.push(<mark key={i}>{text.slice(h.start, h.end)}</mark>);
    at = h.end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

interface ThemeCodingProps {
  /** Unique on the page; the text being coded has the id `${id}-text`. */
  id: string;
  /** What is being coded, for the legend and the button: "comment 3", "complaint 2". */
  itemLabel: string;
  themes: readonly { id: string; name: string }[];
  coded: readonly string[];
  suggestions: readonly { theme: string; score: number }[];
  canCode: boolean;
  save: (themes: string[]) => Promise<unknown>;
  onSaved: () => void;
}

export function ThemeCoding({ id, itemLabel, themes, coded, suggestions, canCode, save, onSaved }: ThemeCodingProps) {
  const [chosen, setChosen] = useState<string[]>([...coded]);
  const mutation = useMutation({ mutationFn: () => save(chosen), onSuccess: onSaved });
  if (!canCode) {
    const names = new Map(themes.map((t) => [t.id, t.name]));
    return (
      <p>
        {coded.length ? (
          coded.map((t) => (
            <Tag key={t} colour="blue">
              {names.get(t) ?? t}
            </Tag>
          ))
        ) : (
          <span className="nhsuk-body-s">Not coded yet</span>
        )}
      </p>
    );
  }
  const suggested = new Map(suggestions.map((s) => [s.theme, s.score]));
  return (
    <fieldset className="nhsuk-fieldset" aria-describedby={`${id}-text`}>
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Themes for {itemLabel}</legend>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small app-comment__themes">
        {themes.map((t) => (
          <div className="nhsuk-checkboxes__item" key={t.id}>
            <input
              className="nhsuk-checkboxes__input"
              id={`${id}-${t.id}`}
              type="checkbox"
              checked={chosen.includes(t.id)}
              onChange={(e) => setChosen((c) => (e.target.checked ? [...c, t.id] : c.filter((x) => x !== t.id)))}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${id}-${t.id}`}>
              {t.name}
              {suggested.has(t.id) && <span className="app-comment__suggested"> suggested ({Math.round(suggested.get(t.id)! * 100)}% likely)</span>}
            </label>
          </div>
        ))}
      </div>
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" aria-disabled={mutation.isPending || undefined} onClick={() => !mutation.isPending && mutation.mutate()}>
        Save themes<span className="nhsuk-u-visually-hidden"> for {itemLabel}</span>
      </button>
      {mutation.isError && <p className="nhsuk-error-message">{mutation.error.message}</p>}
    </fieldset>
  );
}
