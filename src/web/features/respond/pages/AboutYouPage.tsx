// "About you": the instrument's demographic questions, every one optional, each with "Prefer not
// to say" where the instrument offers it.
import { format } from '../../../../core/i18n/respondent-strings.js';
import { validateDemographics } from '../../../../core/instruments/answers.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { JourneyPage, useJourneyForm } from '../components/JourneyPage.js';
import { DemographicField } from '../components/QuestionFields.js';
import { useRespond } from '../components/respond-context.js';
import { useStrings } from '../components/strings.js';
import { answerProblems, decodeDemographics, demographicField, encodeDemographics } from '../lib/answer-encoding.js';

export function AboutYouPage() {
  const { definition, view, language, draft } = useRespond();
  const strings = useStrings();
  const ids = definition.demographics.map((d) => d.id);
  const form = useJourneyForm({ kind: 'about-you' }, {
    initialValues: encodeDemographics(ids, draft.demographics),
    validate: (values) => {
      const checked = validateDemographics(definition, decodeDemographics(ids, values), language);
      return checked.ok ? [] : answerProblems(checked.errors, demographicField);
    },
    keep: (d, values) => ({ ...d, demographics: decodeDemographics(ids, values) }),
  });
  const heading = (
    <>
      <PageHeading title={format(strings.pageTitle, { page: strings.aboutYouTitle, survey: view.title })}>{strings.aboutYouTitle}</PageHeading>
      <p className="nhsuk-body-l">{strings.aboutYouIntro}</p>
    </>
  );
  return (
    <JourneyPage page={{ kind: 'about-you' }} form={form} heading={heading}>
      {definition.demographics.map((d) => (
        <DemographicField key={d.id} demographic={d} language={language} />
      ))}
    </JourneyPage>
  );
}
