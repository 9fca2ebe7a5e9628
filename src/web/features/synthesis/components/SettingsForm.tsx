// The synthesis event's date and the quote threshold, for the change team while the synthesis is
// a draft. The change names the version it read; if someone else changed them first, the latest
// are loaded and the person is told, rather than either change being lost unseen.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from '../../../components/forms/Form.js';
import { DateInput, TextInput } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';
import { saveSettings, synthesisKeys, type SynthesisView } from '../api/synthesis-api.js';
import { QUOTE_THRESHOLD_MIN, settingsBody, settingsValues, validateSettings } from '../lib/settings-form.js';

export function SettingsForm({ view, orgId, programmeId, announce }: { view: SynthesisView; orgId: string; programmeId: string; announce: (message: string) => void }) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(view);
  const form = useForm({
    initialValues: settingsValues(view),
    validate: validateSettings,
    submit: (values) => saveSettings(orgId, programmeId, settingsBody(base, values)),
    onSuccess: (saved) => {
      queryClient.setQueryData(synthesisKeys.synthesis(orgId, programmeId), saved);
      void queryClient.invalidateQueries({ queryKey: synthesisKeys.report(orgId, programmeId) });
      setBase(saved);
      form.reset(settingsValues(saved));
      announce('The event date and quote threshold have been saved.');
    },
    describeError: (error) => {
      if (error.code !== 'edit_conflict') return undefined;
      void queryClient.invalidateQueries({ queryKey: synthesisKeys.synthesis(orgId, programmeId) }).then(() => {
        const latest = queryClient.getQueryData<SynthesisView>(synthesisKeys.synthesis(orgId, programmeId));
        if (latest) setBase(latest);
      });
      return [{ field: null, message: 'Someone else changed the synthesis after you opened this page, so your change was not saved. The page now shows the latest; make your change again if it is still needed.' }];
    },
  });
  return (
    <Form form={form} submitLabel="Save the event date and quote threshold" pendingLabel="Saving" submitVariant="secondary" aria-label="The synthesis event and quotes" errorTitle="Your change was not saved">
      <DateInput name="eventDate" legend="Date of the synthesis event (optional)" hint="The day the change team meets to agree the ratings. For example, 20 11 2026" />
      <TextInput
        name="quoteThreshold"
        label="Quote threshold"
        hint={`Quotes from focus groups and board interviews are shown only from groups with at least this many people, so nobody can be recognised. It cannot be lower than ${QUOTE_THRESHOLD_MIN}.`}
        inputMode="numeric"
        width="3"
      />
    </Form>
  );
}
