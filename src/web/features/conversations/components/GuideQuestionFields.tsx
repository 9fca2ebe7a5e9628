// One question of the guide editor: what to ask, the follow-up prompts (one per line), its time,
// the cultural elements it explores, and the buttons to move or remove it. Ids come from the
// question's place in the guide, as the server's problems do.
import { Button } from '../../../components/Button.js';
import { guideFieldIds } from '../lib/error-paths.js';
import type { QuestionDraft } from '../lib/guide-draft.js';
import { ElementChoice, TextField } from './GuideFields.js';

interface GuideQuestionFieldsProps {
  question: QuestionDraft;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (change: Partial<QuestionDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function GuideQuestionFields({ question: q, index, count, errors, onChange, onMove, onRemove }: GuideQuestionFieldsProps) {
  const n = index + 1;
  const id = (part: 'text' | 'prompts' | 'minutes' | 'elements') => guideFieldIds.question(index, part);
  return (
    <fieldset className="nhsuk-fieldset app-comment">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h3 className="nhsuk-fieldset__heading">Question {n}</h3>
      </legend>
      <TextField id={id('text')} label={`What to ask in question ${n}`} rows={2} value={q.text} onChange={(text) => onChange({ text })} error={errors[id('text')]} />
      <TextField
        id={id('prompts')}
        label={`Prompts for question ${n} (optional)`}
        hint="Follow-up questions to help the group get going or go deeper. Put each one on a new line."
        rows={3}
        value={q.prompts}
        onChange={(prompts) => onChange({ prompts })}
        error={errors[id('prompts')]}
      />
      <TextField id={id('minutes')} label={`Minutes for question ${n}`} value={q.minutes} onChange={(minutes) => onChange({ minutes })} error={errors[id('minutes')]} width="3" numeric />
      <ElementChoice id={id('elements')} legend={`Cultural elements question ${n} explores`} chosen={q.elements} onChange={(elements) => onChange({ elements })} error={errors[id('elements')]} />
      <div className="app-button-group">
        {index > 0 && (
          <Button variant="secondary" small id={`${q.id}-up`} onClick={() => onMove(-1)}>
            Move up<span className="nhsuk-u-visually-hidden"> question {n}</span>
          </Button>
        )}
        {index < count - 1 && (
          <Button variant="secondary" small id={`${q.id}-down`} onClick={() => onMove(1)}>
            Move down<span className="nhsuk-u-visually-hidden"> question {n}</span>
          </Button>
        )}
        {count > 1 && (
          <Button variant="warning" small onClick={onRemove}>
            Remove<span className="nhsuk-u-visually-hidden"> question {n}</span>
          </Button>
        )}
      </div>
    </fieldset>
  );
}
