// Copying a questionnaire into an editable draft of the organisation's own. The copy keeps the
// original's questions, scales and scoring until someone changes them.
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { TextInput } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';
import { copyInstrument, instrumentKey, instrumentsKey } from '../api/instruments-api.js';
import { EditFormPage } from '../components/EditFormPage.js';
import { instrumentsPath, WithInstrument, type InstrumentContext } from '../components/WithInstrument.js';
import { checkCopyTitle, localisedFrom, type TitleValues } from '../lib/edit-forms.js';

function CopyForm(context: InstrumentContext) {
  const { instrument, orgId } = context;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const welsh = instrument.languages.includes('cy');
  const form = useForm<TitleValues, Awaited<ReturnType<typeof copyInstrument>>>({
    initialValues: { 'title.en': '', 'title.cy': '' },
    validate: checkCopyTitle,
    submit: (values) => copyInstrument(orgId, instrument.ref, localisedFrom(values, 'title', welsh) ?? { en: '' }),
    onSuccess: (copy) => {
      queryClient.setQueryData(instrumentKey(orgId, copy.ref), copy);
      void queryClient.invalidateQueries({ queryKey: instrumentsKey(orgId), exact: true });
      navigate(`${instrumentsPath(orgId)}/${encodeURIComponent(copy.ref)}`, {
        state: { flash: `${copy.title} has been made as a draft. Change what you need, then publish it so surveys can use it.` },
      });
    },
  });
  return (
    <EditFormPage context={context} form={form} heading="Make a copy" submitLabel="Make a copy">
      <p>The copy starts with every question, scale and measure of {instrument.title}. You can then reword, reorder, add and remove questions.</p>
      <TextInput name="title.en" label="Title of the copy" hint="For example, ‘Leadership behaviours survey, community services’." width="full" />
      {welsh && (
        <TextInput
          name="title.cy"
          label="Title in Welsh (optional)"
          hint="Leave it empty to offer the copy in English only. With a Welsh title, the copy keeps its Welsh text and every change needs Welsh too."
          width="full"
        />
      )}
    </EditFormPage>
  );
}

export function CopyInstrumentPage() {
  return <WithInstrument>{(context) => <CopyForm {...context} />}</WithInstrument>;
}
