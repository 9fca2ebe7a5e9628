// Checking an instrument definition before it is saved or published: the zod schema first, then
// the cross-references zod cannot see (ids, scales, constructs, Welsh text), each reported with a path.
import type { z } from 'zod';
import { instrumentSchema, type InstrumentDefinition } from './definition.js';
import { PREFER_NOT_TO_SAY } from './reserved-values.js';
import { localisedTexts } from './texts.js';

export interface DefinitionError {
  /** Where the problem is, e.g. `sections[1].items[3].scale`; '' for the whole definition. */
  path: string;
  message: string;
}

export type CheckResult = { ok: true; definition: InstrumentDefinition } | { ok: false; errors: DefinitionError[] };

export { PREFER_NOT_TO_SAY };

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

// zod's own messages are written for developers; admins editing an instrument read these.
// Messages written into the schema itself (such as the id rule) take precedence over this map.
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const count = (n: unknown, one: string, many: string): string => `${String(n)} ${n === 1 ? one : many}`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'This is missing';
      return `This must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'This must not be empty' : `Use at least ${count(issue.minimum, 'character', 'characters')}`;
      if (issue.origin === 'array') return `Add at least ${count(issue.minimum, 'entry', 'entries')}`;
      return `This must be ${String(issue.minimum)} or more`;
    case 'too_big':
      if (issue.origin === 'string') return `Use no more than ${count(issue.maximum, 'character', 'characters')}`;
      if (issue.origin === 'array') return `Use no more than ${count(issue.maximum, 'entry', 'entries')}`;
      return `This must be ${String(issue.maximum)} or less`;
    case 'invalid_value':
      return `This must be one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `Remove the unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => `‘${k}’`).join(', ')}`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return `This must be one of: ${issue.options.map(String).join(', ')}`;
      return undefined;
    default:
      return undefined;
  }
}

/** Checks an instrument definition, returning it with defaults filled in, or every problem found. */
export function checkDefinition(input: unknown): CheckResult {
  const parsed = instrumentSchema.safeParse(input, { error: plainMessage });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
  }
  const errors = invariantErrors(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, definition: parsed.data };
}

function invariantErrors(def: InstrumentDefinition): DefinitionError[] {
  const errors: DefinitionError[] = [];
  const fail = (path: string, message: string): void => {
    errors.push({ path, message });
  };

  def.languages.forEach((language, l) => {
    if (def.languages.indexOf(language) !== l) fail(`languages[${l}]`, `‘${language}’ is listed twice`);
  });

  const scaleIds = new Map<string, string>();
  def.scales.forEach((scale, s) => {
    const path = `scales[${s}]`;
    const earlier = scaleIds.get(scale.id);
    if (earlier) fail(`${path}.id`, `The scale id ‘${scale.id}’ is already used at ${earlier}`);
    else scaleIds.set(scale.id, `${path}.id`);
    const seen: number[] = [];
    scale.options.forEach((option, o) => {
      const previous = seen[seen.length - 1];
      if (seen.includes(option.value)) fail(`${path}.options[${o}].value`, `The value ${option.value} is used twice in this scale`);
      else if (previous !== undefined && option.value < previous) {
        fail(`${path}.options[${o}].value`, `Option values must go up from lowest to highest, but ${option.value} comes after ${previous}`);
      }
      seen.push(option.value);
    });
    if (!seen.includes(scale.positiveFrom)) {
      fail(`${path}.positiveFrom`, `The positive threshold ${scale.positiveFrom} is not one of this scale's values (${seen.join(', ')})`);
    }
  });

  const sectionIds = new Map<string, string>();
  // Every answer key (item ids and grid row ids) with where it is defined and what kind it is.
  const keys = new Map<string, { path: string; kind: 'scale' | 'grid' | 'row' | 'single' | 'multiple' | 'text'; perspective?: string }>();
  const claim = (id: string, path: string, kind: 'scale' | 'grid' | 'row' | 'single' | 'multiple' | 'text', perspective?: string): void => {
    const earlier = keys.get(id);
    if (earlier) fail(path, `The id ‘${id}’ is already used at ${earlier.path}`);
    else keys.set(id, { path, kind, ...(perspective ? { perspective } : {}) });
  };

  def.sections.forEach((section, s) => {
    const sp = `sections[${s}]`;
    const earlier = sectionIds.get(section.id);
    if (earlier) fail(`${sp}.id`, `The section id ‘${section.id}’ is already used at ${earlier}`);
    else sectionIds.set(section.id, `${sp}.id`);

    section.items.forEach((item, i) => {
      const ip = `${sp}.items[${i}]`;
      claim(item.id, `${ip}.id`, item.type, item.type === 'scale' || item.type === 'grid' ? item.perspective : undefined);
      if (item.type === 'scale' || item.type === 'grid') {
        if (!scaleIds.has(item.scale)) fail(`${ip}.scale`, `There is no scale with the id ‘${item.scale}’`);
      }
      if (item.type === 'grid') item.rows.forEach((row, r) => claim(row.id, `${ip}.rows[${r}].id`, 'row', item.perspective));
      if (item.type === 'single' || item.type === 'multiple') {
        checkOptionValues(item.options, ip, fail);
        if (item.type === 'multiple' && item.maxChoices !== undefined && item.maxChoices > item.options.length) {
          fail(`${ip}.maxChoices`, `This cannot be more than the number of options (${item.options.length})`);
        }
      }
    });
  });

  const demographicIds = new Map<string, string>();
  def.demographics.forEach((demographic, d) => {
    const dp = `demographics[${d}]`;
    const asItem = keys.get(demographic.id);
    const earlier = demographicIds.get(demographic.id);
    if (asItem) fail(`${dp}.id`, `The id ‘${demographic.id}’ is already used by a question at ${asItem.path}`);
    else if (earlier) fail(`${dp}.id`, `The id ‘${demographic.id}’ is already used at ${earlier}`);
    else demographicIds.set(demographic.id, `${dp}.id`);
    checkOptionValues(demographic.options, dp, fail);
  });

  const constructIds = new Map<string, string>();
  def.constructs.forEach((construct, c) => {
    const cp = `constructs[${c}]`;
    const earlier = constructIds.get(construct.id);
    if (earlier) fail(`${cp}.id`, `The construct id ‘${construct.id}’ is already used at ${earlier}`);
    else constructIds.set(construct.id, `${cp}.id`);
    construct.items.forEach((itemId, k) => {
      const path = `${cp}.items[${k}]`;
      const key = keys.get(itemId);
      if (construct.items.indexOf(itemId) !== k) fail(path, `‘${itemId}’ is listed twice in this construct`);
      else if (!key) fail(path, `There is no scale question or grid row with the id ‘${itemId}’`);
      else if (key.kind === 'grid') fail(path, `‘${itemId}’ is a grid: list its rows instead`);
      else if (key.kind !== 'scale' && key.kind !== 'row') {
        fail(path, `‘${itemId}’ is a ${KIND_NAMES[key.kind]} question; only scale questions and grid rows can be scored`);
      } else if (construct.perspective && key.perspective && key.perspective !== construct.perspective) {
        fail(path, `‘${itemId}’ is asked from the ‘${key.perspective}’ perspective, but this construct is for ‘${construct.perspective}’`);
      }
    });
  });

  if (def.languages.includes('cy')) {
    for (const { path, text } of localisedTexts(def)) {
      if (!text.cy) fail(`${path}.cy`, 'Add the Welsh (Cymraeg) text, as this instrument is offered in Welsh');
    }
  }
  return errors;
}

const KIND_NAMES = { single: 'single-choice', multiple: 'multiple-choice', text: 'free-text' } as const;

function checkOptionValues(options: readonly { value: string }[], path: string, fail: (path: string, message: string) => void): void {
  options.forEach((option, o) => {
    const op = `${path}.options[${o}].value`;
    if (option.value === PREFER_NOT_TO_SAY) fail(op, `‘${PREFER_NOT_TO_SAY}’ is kept for the “Prefer not to say” answer; use another value`);
    else if (options.findIndex((other) => other.value === option.value) !== o) fail(op, `The option value ‘${option.value}’ is used twice in this question`);
  });
}
