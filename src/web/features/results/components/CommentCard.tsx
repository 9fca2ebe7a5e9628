// One comment: its text (already redacted by the server, search matches marked), the
// question it answers, and its themes. The change team codes it here with a checkbox per
// cultural element, suggested ones marked with how likely the classifier thinks they are.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Tag } from '../../../components/content.js';
import { codeComment, type Comments, type SurveyCommentView } from '../api/results-api.js';

function Highlighted({ text, highlights }: Pick<SurveyCommentView, 'text' | 'highlights'>) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  highlights.forEach((h, i) => {
    if (h.start > at) parts.push(text.slice(at, h.start));
    parts.push(<mark key={i}>{text.slice(h.start, h.end)}</mark>);
    at = h.end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

interface CommentCardProps {
  comment: SurveyCommentView;
  number: number;
  data: Comments;
  orgId: string;
  canCode: boolean;
  onSaved: (message: string) => void;
}

export function CommentCard({ comment, number, data, orgId, canCode, onSaved }: CommentCardProps) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string[]>(comment.themes);
  const save = useMutation({
    mutationFn: () => codeComment(orgId, data.survey.id, comment.key, chosen),
    onSuccess: () => {
      onSaved(`Themes saved for comment ${number}.`);
      void queryClient.invalidateQueries({ queryKey: ['org', orgId, 'results', data.survey.id, 'comments'] });
    },
  });
  const names = new Map(data.themes.map((t) => [t.id, t.name]));
  const question = data.questions.find((q) => q.id === comment.questionId)?.text;
  const suggested = new Map(comment.suggestions.map((s) => [s.theme, s.score]));
  const id = `comment-${number}`;
  return (
    <li className="app-comment">
      <blockquote className="app-comment__text" id={`${id}-text`}>
        <Highlighted text={comment.text} highlights={comment.highlights} />
      </blockquote>
      {question && <p className="nhsuk-body-s app-comment__question">In answer to: {question}</p>}
      {canCode ? (
        <fieldset className="nhsuk-fieldset" aria-describedby={`${id}-text`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Themes for comment {number}</legend>
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small app-comment__themes">
            {data.themes.map((t) => (
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
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" aria-disabled={save.isPending || undefined} onClick={() => !save.isPending && save.mutate()}>
            Save themes<span className="nhsuk-u-visually-hidden"> for comment {number}</span>
          </button>
          {save.isError && <p className="nhsuk-error-message">{save.error.message}</p>}
        </fieldset>
      ) : (
        <p>{comment.themes.length ? comment.themes.map((t) => <Tag key={t} colour="blue">{names.get(t) ?? t}</Tag>) : <span className="nhsuk-body-s">Not coded yet</span>}</p>
      )}
    </li>
  );
}
