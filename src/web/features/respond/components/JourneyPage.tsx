// What every question page of the journey shares: a Back link, the heading, the form with
// Continue and "Save and come back later", and answers saved to the draft as they change.
import { useEffect, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Form } from '../../../components/forms/Form.js';
import type { FormController, FormValues } from '../../../components/forms/form-context.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';
import { useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import type { Draft } from '../lib/draft-store.js';
import { nextPage, pagePath, previousPage, type RespondPage } from '../lib/journey.js';
import { useRespond } from './respond-context.js';
import { SaveForLaterButton } from './SaveForLaterButton.js';
import { useStrings } from './strings.js';

interface JourneyFormOptions<V extends FormValues> {
  initialValues: V;
  validate: (values: V) => FormProblem[];
  /** Puts the page's values into the draft. */
  keep: (draft: Draft, values: V) => Draft;
}

/** True when the person came from "Check your answers" to change something. */
export function useChanging(): boolean {
  return useSearchParams()[0].get('change') === '1';
}

export function useJourneyForm<V extends FormValues>(page: RespondPage, options: JourneyFormOptions<V>): FormController<V> {
  const { pages, update, pathTo } = useRespond();
  const changing = useChanging();
  const navigate = useNavigate();
  const form = useForm<V>({
    initialValues: options.initialValues,
    validate: options.validate,
    submit: async () => undefined,
    onSuccess: () => void navigate(pathTo(nextPage(pages, page, changing))),
  });
  const here = pagePath(page);
  useEffect(() => {
    update((d) => ({ ...options.keep(d, form.values), lastPage: here }));
    // Only the values change while a page is open; a different page mounts a new form.
  }, [form.values]);
  return form;
}

interface JourneyPageProps<V extends FormValues> {
  page: RespondPage;
  form: FormController<V>;
  /** The page heading; left out when the page's question legend is the heading. */
  heading?: ReactNode;
  children: ReactNode;
}

export function JourneyPage<V extends FormValues>({ page, form, heading, children }: JourneyPageProps<V>) {
  const { pages, pathTo } = useRespond();
  const strings = useStrings();
  const back = previousPage(pages, page, useChanging());
  return (
    <>
      {back && <BackLink to={pathTo(back)}>{strings.back}</BackLink>}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {heading}
          <Form form={form} submitLabel={strings.continue} errorTitle={strings.errorSummaryTitle} actions={<SaveForLaterButton />}>
            {children}
          </Form>
        </div>
      </div>
    </>
  );
}
