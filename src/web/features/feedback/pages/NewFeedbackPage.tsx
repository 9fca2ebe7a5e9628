import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { checkDate } from '../../../components/forms/date-checks.js';
import { DateInput } from '../../../components/forms/fields.js';
import { Form } from '../../../components/forms/Form.js';
import { useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Details } from '../../../components/content.js';
import { createFeedback } from '../api/feedback-api.js';
import { AboutFeedback } from '../components/AboutFeedback.js';
import { RaterFields } from '../components/RaterFields.js';
import { checkRaters, emptyRaterValues, readRaters } from '../components/rater-list.js';

const START_ROWS = 3;

export function NewFeedbackPage() {
  const orgId = useOrgId();
  const navigate = useNavigate();
  const invalidate = useInvalidateOrg(orgId);
  const [count, setCount] = useState(START_ROWS);
  const base = `/organisations/${orgId}/feedback`;
  const form = useForm({
    initialValues: { closesOn: '', ...emptyRaterValues(START_ROWS) } as Record<string, string>,
    validate: (v) => {
      const date = checkDate(v.closesOn ?? '', 'closesOn', 'closing date', true);
      return [...(date.problem ? [date.problem] : []), ...checkRaters(v, count, false)];
    },
    submit: (v) => createFeedback(orgId, { closesOn: checkDate(v.closesOn ?? '', 'closesOn', 'closing date', true).iso!, raters: readRaters(v, count) }),
    onSuccess: async (created) => {
      await invalidate();
      navigate(`${base}/${created.id}`, { state: { flash: 'Your feedback request has been sent.' } });
    },
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={base}>Back to 360 feedback</BackLink>
        <PageHeading>Ask for feedback</PageHeading>
        <Details summary="How 360 feedback works">
          <AboutFeedback />
        </Details>
        <Form form={form} submitLabel="Send the request" pendingLabel="Sending" actions={<p><Link to={base}>Cancel</Link></p>}>
          <DateInput name="closesOn" legend="When should it close?" legendSize="m" hint="People can answer until this date. For example, 15 3 2027" />
          <RaterFields
            count={count}
            setCount={setCount}
            legend="Who do you want to ask?"
            hint="We will email each person a link to answer. Ask at least three peers, direct reports or others, or their answers will not be shown. You can ask more people later."
          />
        </Form>
      </div>
    </div>
  );
}
