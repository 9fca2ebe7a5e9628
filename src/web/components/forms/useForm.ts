// One hook behind every form: checks the values, calls the API, and maps the API's field
// errors back onto the fields by path.
import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/problem.js';
import type { FieldValue, FormController, FormValues } from './form-context.js';
import { errorsByField, orderProblems, problemsFromApiError, type FormProblem } from './form-errors.js';

export interface FormOptions<V extends FormValues, R> {
  initialValues: V;
  /** Checks before anything is sent; return the problems found (none means send). */
  validate?: (values: V) => FormProblem[];
  submit: (values: V) => Promise<R>;
  onSuccess?: (result: R, values: V) => void;
  /** Custom wording for particular API errors; return undefined to use the API's own messages. */
  describeError?: (error: ApiError, fields: readonly string[]) => FormProblem[] | undefined;
}

export function useForm<V extends FormValues, R = unknown>(options: FormOptions<V, R>): FormController<V> {
  const [values, setValues] = useState<V>(options.initialValues);
  const [problems, setProblemsState] = useState<FormProblem[]>([]);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const fields = useRef<string[]>([]);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const pendingRef = useRef(false);

  const register = useCallback((name: string) => {
    if (!fields.current.includes(name)) fields.current.push(name);
    return () => {
      fields.current = fields.current.filter((f) => f !== name);
    };
  }, []);

  const setProblems = useCallback((next: FormProblem[]) => {
    setProblemsState(orderProblems(next, fields.current));
    if (next.length) setAttempt((a) => a + 1);
  }, []);

  const setValue = useCallback((name: keyof V & string, value: FieldValue) => {
    setValues((current) => ({ ...current, [name]: value }));
  }, []);

  const submit = useCallback(async () => {
    if (pendingRef.current) return; // a second click while sending does nothing
    const { validate, submit: send, onSuccess, describeError } = optionsRef.current;
    const current = valuesRef.current;
    const found = validate?.(current) ?? [];
    if (found.length) {
      setProblems(found);
      return;
    }
    pendingRef.current = true;
    setPending(true);
    try {
      const result = await send(current);
      setProblemsState([]);
      onSuccess?.(result, current);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 401 && error.code !== 'invalid_credentials') return; // the app is taking them to sign in
      setProblems(describeError?.(error, fields.current) ?? problemsFromApiError(error, fields.current));
    } finally {
      pendingRef.current = false;
      setPending(false);
    }
  }, [setProblems]);

  const reset = useCallback((next: V) => {
    setValues(next);
    setProblemsState([]);
  }, []);

  return useMemo(
    () => ({ values, setValue, problems, fieldErrors: errorsByField(problems), pending, attempt, register, submit, reset, setProblems }),
    [values, setValue, problems, pending, attempt, register, submit, reset, setProblems],
  );
}

/** Collects problems for the usual "must be filled in" checks. */
export function requireFields<V extends FormValues>(values: V, rules: Partial<Record<keyof V & string, string>>): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const [field, message] of Object.entries(rules) as [string, string][]) {
    const value = values[field];
    const empty = value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
    if (empty) problems.push({ field, message });
  }
  return problems;
}
