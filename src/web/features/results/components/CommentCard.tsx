// One comment: its text (already redacted by the server, search matches marked), the
// question it answers, and its themes, coded here by the change team.
import { useQueryClient } from '@tanstack/react-query';
import { Highlighted, ThemeCoding } from '../../../components/theme-coding.js';
import { codeComment, type Comments, type SurveyCommentView } from '../api/results-api.js';

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
  const question = data.questions.find((q) => q.id === comment.questionId)?.text;
  const id = `comment-${number}`;
  return (
    <li className="app-comment">
      <blockquote className="app-comment__text" id={`${id}-text`}>
        <Highlighted text={comment.text} highlights={comment.highlights} />
      </blockquote>
      {question && <p className="nhsuk-body-s app-comment__question">In answer to: {question}</p>}
      <ThemeCoding
        id={id}
        itemLabel={`comment ${number}`}
        themes={data.themes}
        coded={comment.themes}
        suggestions={comment.suggestions}
        canCode={canCode}
        save={(themes) => codeComment(orgId, data.survey.id, comment.key, themes)}
        onSaved={() => {
          onSaved(`Themes saved for comment ${number}.`);
          void queryClient.invalidateQueries({ queryKey: ['org', orgId, 'results', data.survey.id, 'comments'] });
        }}
      />
    </li>
  );
}
