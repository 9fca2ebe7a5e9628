// One page per instrument section: "Section n of N", its questions, and Continue, checked with
// the same rules the server applies before the next page.
import { useMemo } from 'react';
import { Navigate, useParams } from 'react-router';
import { format } from '../../../../core/i18n/respondent-strings.js';
import { sectionPosition, validateSection } from '../../../../core/instruments/answers.js';
import type { Section } from '../../../../core/instruments/definition.js';
import { sectionQuestions } from '../../../../core/instruments/questions.js';
import { localise } from '../../../../core/instruments/texts.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { JourneyPage, useJourneyForm } from '../components/JourneyPage.js';
import { SectionFields } from '../components/QuestionFields.js';
import { useRespond } from '../components/respond-context.js';
import { useStrings } from '../components/strings.js';
import { answerProblems, decodeAnswers, encodeAnswers, mergePageAnswers, questionField } from '../lib/answer-encoding.js';

function SectionPage({ section }: { section: Section }) {
  const { definition, view, language, draft } = useRespond();
  const strings = useStrings();
  const questions = useMemo(() => sectionQuestions(definition, section.id) ?? [], [definition, section.id]);
  const ids = questions.map((q) => q.id);
  const form = useJourneyForm({ kind: 'section', sectionId: section.id }, {
    initialValues: encodeAnswers(questions, draft.answers),
    validate: (values) => {
      const checked = validateSection(definition, section.id, decodeAnswers(questions, values), language);
      return checked.ok ? [] : answerProblems(checked.errors, questionField);
    },
    keep: (d, values) => ({ ...d, answers: mergePageAnswers(d.answers, ids, decodeAnswers(questions, values)) }),
  });
  const position = sectionPosition(definition, section.id);
  const progress = position ? format(strings.sectionOf, { n: position.number, total: position.total }) : '';
  const heading = (
    <>
      <PageHeading title={format(strings.pageTitle, { page: progress, survey: view.title })} caption={progress}>
        {localise(section.title, language)}
      </PageHeading>
      {section.intro && <p className="nhsuk-body-l">{localise(section.intro, language)}</p>}
    </>
  );
  return (
    <JourneyPage page={{ kind: 'section', sectionId: section.id }} form={form} heading={heading}>
      <SectionFields definition={definition} section={section} language={language} />
    </JourneyPage>
  );
}

/** The section named in the address, with a fresh form for each section and language. */
export function SectionRoute() {
  const { sectionId } = useParams();
  const { definition, language, pathTo } = useRespond();
  const section = definition.sections.find((s) => s.id === sectionId);
  if (!section) return <Navigate to={pathTo({ kind: 'start' })} replace />;
  return <SectionPage key={`${section.id} ${language}`} section={section} />;
}
