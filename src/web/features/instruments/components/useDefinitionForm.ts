// One hook behind every editing form: check the fields, apply the edit to the definition,
// save it as the draft (with the edit version, so a colleague's change is never overwritten),
// then go back to the instrument with a message saying what happened.
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { EditResult } from '../../../../core/instruments/editing.js';
import type { FormValues } from '../../../components/forms/form-context.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';
import { useForm } from '../../../components/forms/useForm.js';
import { instrumentKey, instrumentsKey, saveInstrumentDraft } from '../api/instruments-api.js';
import { formFieldFor } from '../lib/edit-forms.js';
import type { InstrumentContext } from './WithInstrument.js';

interface DefinitionFormOptions<V extends FormValues, T> {
  initialValues: V;
  check: (values: V) => FormProblem[];
  edit: (values: V) => EditResult<T>;
  /** The success message, such as "Question 3 has been changed." */
  message: (values: V) => string;
  /** Where the edited part sits in the definition, so the server's field errors land on this form's fields. */
  fieldPrefix?: string;
}

export function useDefinitionForm<V extends FormValues, T = object>({ instrument, orgId, instrumentPath }: InstrumentContext, options: DefinitionFormOptions<V, T>) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useForm<V, { saved: Awaited<ReturnType<typeof saveInstrumentDraft>>; result: Extract<EditResult<T>, { ok: true }> }>({
    initialValues: options.initialValues,
    validate: (values) => {
      const problems = options.check(values);
      if (problems.length) return problems;
      const result = options.edit(values);
      return result.ok ? [] : [{ field: null, message: result.message }];
    },
    submit: async (values) => {
      const result = options.edit(values);
      if (!result.ok) throw new Error(result.message); // validate has already refused this
      const saved = await saveInstrumentDraft(orgId, instrument.ref, result.definition, instrument.editVersion);
      return { saved, result };
    },
    onSuccess: ({ saved, result }, values) => {
      navigate(instrumentPath, { state: { flash: [options.message(values), ...result.notes].join(' ') } });
      queryClient.setQueryData(instrumentKey(orgId, instrument.ref), saved);
      void queryClient.invalidateQueries({ queryKey: instrumentsKey(orgId), exact: true });
    },
    describeError: (error) => {
      const prefix = options.fieldPrefix;
      if (!prefix || error.errors.length === 0) return undefined;
      return error.errors.map((e) => ({ field: formFieldFor(e.path, prefix), message: e.message }));
    },
  });
}
