// Consent before notes: until it is recorded no notes can be kept, so the form says what to do
// first. Recording names the version of the session read; a conflict loads the latest.
import { useQueryClient } from '@tanstack/react-query';
import { Form } from '../../../components/forms/Form.js';
import { Textarea } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';
import { InsetText, Tag } from '../../../components/content.js';
import { formatDateTime } from '../../../lib/dates.js';
import { conversationKeys, recordConsent, type Conversation } from '../api/conversations-api.js';
import type { ProgrammeScope } from './WithProgramme.js';

interface ConsentSectionProps {
  scope: ProgrammeScope;
  conversation: Conversation;
  canWrite: boolean;
  onConversation: (conversation: Conversation) => void;
  announce: (message: string) => void;
}

export function ConsentSection({ scope, conversation: c, canWrite, onConversation, announce }: ConsentSectionProps) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { note: '' },
    validate: (v) => (v.note.trim().length > 1000 ? [{ field: 'note', message: 'The note must be 1,000 characters or fewer' }] : []),
    submit: (v) => recordConsent(scope.orgId, scope.programmeId, c.id, c.version, v.note.trim()),
    onSuccess: (saved) => {
      onConversation(saved);
      announce('Consent recorded. You can now add notes.');
      // The form has gone: focus goes to the section's heading, above the record of consent.
      window.setTimeout(() => document.getElementById('consent-heading')?.focus(), 0);
    },
    describeError: (error) => {
      const current = error.body.current as Conversation | undefined;
      if (error.code === 'edit_conflict' && current) {
        onConversation(current);
        return [{ field: null, message: 'Someone else changed this session after you opened it. Its latest details are shown; record consent again if it is still needed.' }];
      }
      // Someone else recorded it first: show theirs.
      if (error.code === 'consent_already_recorded') void queryClient.invalidateQueries({ queryKey: conversationKeys.session(scope.orgId, scope.programmeId, c.id) });
      return undefined;
    },
  });
  return (
    <section aria-labelledby="consent-heading">
      <h2 className="nhsuk-heading-m" id="consent-heading" tabIndex={-1}>
        Consent
      </h2>
      {c.consent ? (
        <>
          <p>
            <Tag colour="green">Consent recorded</Tag> on {formatDateTime(c.consent.at)}.
          </p>
          {c.consent.note && <p>Note: {c.consent.note}</p>}
        </>
      ) : (
        <>
          <p>
            <Tag colour="yellow">No consent yet</Tag>
          </p>
          <InsetText>
            <p>
              Before anything is written down, read out what the session is for and how the notes will be used (the guide’s introduction covers this), and check that everyone taking part agrees.
              Then record consent here. No notes can be added until you do.
            </p>
          </InsetText>
          {canWrite && (
            <Form form={form} submitLabel="Record consent" pendingLabel="Saving" errorTitle="Consent was not recorded" aria-label="Record consent">
              <Textarea name="note" label="Note about consent (optional)" hint="For example, how people agreed, or that someone chose to leave before the start" rows={3} />
            </Form>
          )}
        </>
      )}
    </section>
  );
}
