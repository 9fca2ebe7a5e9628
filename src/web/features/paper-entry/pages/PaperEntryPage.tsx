// For the change team: type in a paper questionnaire. Every question on one page, with the same
// question components and checks as the respondent pages; after saving, the form clears for the
// next one (keeping the team and language, as paper forms usually come in a batch from one ward).
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { validateSubmission } from '../../../../core/instruments/answers.js';
import type { Language } from '../../../../core/instruments/definition.js';
import { questionsOf } from '../../../../core/instruments/questions.js';
import { localise } from '../../../../core/instruments/texts.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { QueryView } from '../../../app/QueryView.js';
import { useOrgId } from '../../../app/guards.js';
import { SuccessBanner } from '../../../components/content.js';
import type { FieldValue, FormValues } from '../../../components/forms/form-context.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';
import { Form } from '../../../components/forms/Form.js';
import { Radios, Select } from '../../../components/forms/fields.js';
import { requireFields, useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { focusPageHeading, PageHeading } from '../../../components/PageHeading.js';
import type { RespondentView } from '../../respond/api/respond-api.js';
import { DemographicField, SectionFields } from '../../respond/components/QuestionFields.js';
import { decodeAnswers, decodeDemographics, encodeAnswers, encodeDemographics } from '../../respond/lib/answer-encoding.js';
import { fieldTarget } from '../../respond/lib/journey.js';
import { savePaperResponse, usePaperForm } from '../api/paper-entry-api.js';

const LANGUAGE_OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'cy', label: 'Cymraeg (Welsh)' },
];

function PaperForm({ orgId, surveyId, view }: { orgId: string; surveyId: string; view: RespondentView }) {
  const definition = view.instrument;
  const questions = useMemo(() => questionsOf(definition), [definition]);
  const demographicIds = definition.demographics.map((d) => d.id);
  const blank = (keep: { unitId: FieldValue; language: FieldValue }): FormValues => ({
    ...keep,
    ...encodeAnswers(questions, {}),
    ...encodeDemographics(demographicIds, {}),
  });
  const [saved, setSaved] = useState(0);
  const invalidate = useInvalidateOrg(orgId);
  const languageOf = (values: FormValues): Language => (values.language === 'cy' ? 'cy' : 'en');
  // Problems from the checks or the server name an answer; the field on this page has its own id.
  const onThisPage = (problems: { field: string; message: string }[]): FormProblem[] =>
    problems.map((p) => ({ field: p.field ? fieldTarget(definition, p.field).field || null : null, message: p.message }));

  const form = useForm<FormValues>({
    initialValues: blank({ unitId: '', language: view.languages[0] ?? 'en' }),
    validate: (values) => {
      const missing = requireFields(values, { unitId: 'Select the team or department the form came from' });
      const checked = validateSubmission(definition, { answers: decodeAnswers(questions, values), demographics: decodeDemographics(demographicIds, values) }, languageOf(values));
      return [...missing, ...(checked.ok ? [] : onThisPage(checked.errors))];
    },
    submit: (values) =>
      savePaperResponse(orgId, surveyId, {
        unitId: String(values.unitId),
        language: languageOf(values),
        answers: decodeAnswers(questions, values),
        demographics: decodeDemographics(demographicIds, values),
      }),
    onSuccess: (_result, values) => {
      setSaved((n) => n + 1);
      form.reset(blank({ unitId: values.unitId ?? '', language: values.language ?? 'en' }));
      void invalidate();
      window.scrollTo(0, 0);
      focusPageHeading();
    },
    describeError: (error) => (error.errors.length ? onThisPage(error.errors.map((e) => ({ field: e.path, message: e.message }))) : undefined),
  });

  const language = languageOf(form.values);
  return (
    <>
      <BackLink to={`/organisations/${orgId}/surveys/${surveyId}`}>Back to the survey</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {saved > 0 && <SuccessBanner key={saved}>Response saved. Enter another.</SuccessBanner>}
          <PageHeading caption={view.title}>Enter a paper response</PageHeading>
          <p>Type in one paper questionnaire at a time, exactly as it was filled in. Leave out any question left blank on paper.</p>
          <Form form={form} submitLabel="Save response" pendingLabel="Saving">
            <Select name="unitId" label="Team or department on the form" options={view.units.map((u) => ({ value: u.id, label: u.name }))} placeholder="Choose from the list" />
            {view.languages.length > 1 && (
              <Radios name="language" legend="Language of the form" inline options={LANGUAGE_OPTIONS.filter((o) => view.languages.includes(o.value as Language))} />
            )}
            <div lang={language === 'cy' ? 'cy' : undefined}>
              {definition.sections.map((section) => (
                <section key={section.id}>
                  <h2 className="nhsuk-heading-l">{localise(section.title, language)}</h2>
                  <SectionFields definition={definition} section={section} language={language} />
                </section>
              ))}
              {definition.demographics.length > 0 && (
                <section>
                  <h2 className="nhsuk-heading-l">About the person</h2>
                  {definition.demographics.map((d) => (
                    <DemographicField key={d.id} demographic={d} language={language} />
                  ))}
                </section>
              )}
            </div>
          </Form>
        </div>
      </div>
    </>
  );
}

export function PaperEntryPage() {
  const orgId = useOrgId();
  const { surveyId = '' } = useParams();
  const query = usePaperForm(orgId, surveyId);
  return (
    <QueryView query={query} loading="Loading the survey">
      {(view) => <PaperForm orgId={orgId} surveyId={surveyId} view={view} />}
    </QueryView>
  );
}
