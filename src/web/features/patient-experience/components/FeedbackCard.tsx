// One complaint or compliment: its words (already redacted by the server, search matches
// marked), when it came in and which unit it is about, and its themes, coded here by those who
// keep the evidence.
import { useQueryClient } from '@tanstack/react-query';
import { Tag } from '../../../components/content.js';
import { Highlighted, ThemeCoding } from '../../../components/theme-coding.js';
import { codeFeedback, patientExperienceKeys, type FeedbackItem, type Theme } from '../api/patient-experience-api.js';
import { dateInWords } from '../lib/dates.js';

interface FeedbackCardProps {
  item: FeedbackItem;
  number: number;
  themes: readonly Theme[];
  orgId: string;
  canCode: boolean;
  onSaved: (message: string) => void;
}

export function FeedbackCard({ item, number, themes, orgId, canCode, onSaved }: FeedbackCardProps) {
  const queryClient = useQueryClient();
  const id = `feedback-${number}`;
  const kind = item.kind === 'complaint' ? 'Complaint' : 'Compliment';
  return (
    <li className="app-comment">
      <p className="nhsuk-body-s app-comment__question">
        <Tag colour={item.kind === 'complaint' ? 'orange' : 'green'}>{kind}</Tag> {dateInWords(item.receivedOn)}, {item.unit ? item.unit.name : 'no particular unit'}
        {item.category && `, ${item.category}`}
      </p>
      <blockquote className="app-comment__text" id={`${id}-text`}>
        <Highlighted text={item.text} highlights={item.highlights} />
      </blockquote>
      <ThemeCoding
        id={id}
        itemLabel={`${kind.toLowerCase()} ${number}`}
        themes={themes}
        coded={item.themes}
        suggestions={item.suggestions}
        canCode={canCode}
        save={(chosen) => codeFeedback(orgId, item.id, chosen)}
        onSaved={() => {
          onSaved(`Themes saved for item ${number}.`);
          void queryClient.invalidateQueries({ queryKey: patientExperienceKeys.all(orgId) });
        }}
      />
    </li>
  );
}
