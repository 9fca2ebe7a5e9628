// Open links only: "Choose your team or department", so answers are filed in the right place.
// A short list is radios; a long one is a select, which a keyboard can search by typing.
import { format } from '../../../../core/i18n/respondent-strings.js';
import { Radios, Select } from '../../../components/forms/fields.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { JourneyPage, useJourneyForm } from '../components/JourneyPage.js';
import { useRespond } from '../components/respond-context.js';
import { useStrings } from '../components/strings.js';

/** Past this many choices, radios make too long a page. */
export const MOST_RADIOS = 15;

export function ChooseUnitPage() {
  const { view, draft } = useRespond();
  const strings = useStrings();
  const form = useJourneyForm({ kind: 'team' }, {
    initialValues: { unitId: draft.unitId ?? '' },
    validate: (values) => (values.unitId ? [] : [{ field: 'unitId', message: strings.chooseUnitError }]),
    keep: (d, values) => ({ ...d, unitId: values.unitId || null }),
  });
  const options = view.units.map((u) => ({ value: u.id, label: u.name }));
  const heading = (className?: string) => (
    <PageHeading title={format(strings.pageTitle, { page: strings.chooseUnitTitle, survey: view.title })} {...(className ? { className } : {})}>
      {strings.chooseUnitTitle}
    </PageHeading>
  );
  if (options.length <= MOST_RADIOS) {
    return (
      <JourneyPage page={{ kind: 'team' }} form={form}>
        <Radios name="unitId" legend={heading('nhsuk-fieldset__heading')} legendSize="l" hint={strings.chooseUnitHint} options={options} />
      </JourneyPage>
    );
  }
  return (
    <JourneyPage page={{ kind: 'team' }} form={form} heading={heading()}>
      <Select name="unitId" label={strings.unitLabel} hint={strings.chooseUnitHint} options={options} placeholder={strings.chooseFromList} />
    </JourneyPage>
  );
}
