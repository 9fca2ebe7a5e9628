// Why a link cannot be used: already used, closed, not open yet, not a working link, or the
// service failing. Each says what to do next and nothing about anyone else's answers.
import type { RespondentStrings } from '../../../../core/i18n/respondent-strings.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { useStrings } from '../components/strings.js';
import type { Refusal } from '../lib/refusal.js';

const WORDS: Record<Refusal, [keyof RespondentStrings, keyof RespondentStrings]> = {
  used: ['linkUsedTitle', 'linkUsedBody'],
  closed: ['surveyClosedTitle', 'surveyClosedBody'],
  'not-open': ['notOpenTitle', 'notOpenBody'],
  unknown: ['unknownLinkTitle', 'unknownLinkBody'],
  problem: ['problemTitle', 'problemBody'],
};

/** `late`: shown in place of a page the person was using, so the heading takes focus. */
export function RefusalPage({ reason, late }: { reason: Refusal; late: boolean }) {
  const strings = useStrings();
  const [title, body] = WORDS[reason];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading focusOnMount={late}>{strings[title]}</PageHeading>
        <p>{strings[body]}</p>
      </div>
    </div>
  );
}
