// The state every form shares: values keyed by field id (which is the API field path),
// problems, and whether a submission is in flight.
import { createContext, useContext, useEffect } from 'react';
import type { FormProblem } from './form-errors.js';

export type FieldValue = string | string[] | File | null;
export type FormValues = Record<string, FieldValue>;

export interface FormController<V extends FormValues = FormValues> {
  values: V;
  setValue: (name: keyof V & string, value: FieldValue) => void;
  problems: FormProblem[];
  fieldErrors: Record<string, string>;
  pending: boolean;
  /** Increases on every failed submission, so the error summary takes focus each time. */
  attempt: number;
  register: (name: string) => () => void;
  submit: () => Promise<void>;
  reset: (values: V) => void;
  setProblems: (problems: FormProblem[]) => void;
}

export const FormContext = createContext<FormController | null>(null);

export function useFormContext(): FormController {
  const form = useContext(FormContext);
  if (!form) throw new Error('Form fields must sit inside <Form>');
  return form;
}

/** A field's id, value and error, registered so API errors can find it by path. */
export function useField(name: string) {
  const form = useFormContext();
  const { register } = form;
  useEffect(() => register(name), [register, name]);
  return {
    id: name,
    value: form.values[name] ?? null,
    error: form.fieldErrors[name],
    setValue: (value: FieldValue) => form.setValue(name, value),
  };
}

export function stringValue(value: FieldValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

export function listValue(value: FieldValue | undefined): string[] {
  return Array.isArray(value) ? value : [];
}
