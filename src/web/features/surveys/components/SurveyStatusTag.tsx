// A survey's status as an NHS.UK tag: Draft, Open or Closed.
import { Tag } from '../../../components/content.js';
import type { SurveyStatus } from '../api/survey-types.js';
import { STATUS_TAGS } from '../lib/survey-display.js';

export function SurveyStatusTag({ status }: { status: SurveyStatus }) {
  const tag = STATUS_TAGS[status];
  return <Tag colour={tag.colour}>{tag.label}</Tag>;
}
