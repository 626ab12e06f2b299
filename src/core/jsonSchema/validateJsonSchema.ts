import { createIssue, type Issue } from '../errors';
import { describeType } from './describeType';

/**
 * The part of JSON Schema (2020-12) that the generated questionnaire schema uses. The runtime
 * validates definitions against the very schema shipped to editors, generated from the zod
 * schemas, so an editor, a CMS and the kit always agree; and the core stays small, because a
 * schema interpreter costs a fraction of a schema library.
 */
export interface JsonSchema {
  /** A name in the root's `$defs` (the runtime copy drops the `#/$defs/` prefix). */
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

type Segments = (string | number)[];

/** How deep a path into a validated value may go. */
export const MAX_DEPTH = 64;

const patterns = new Map<string, RegExp>();
const regexOf = (source: string): RegExp => {
  let regex = patterns.get(source);
  if (!regex) patterns.set(source, (regex = new RegExp(source, 'u')));
  return regex;
};

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

/** The key whose `const` tells the branches of a `oneOf` apart (a discriminated union), if any. */
function discriminatorOf(branches: JsonSchema[]): string | undefined {
  const first = branches[0]?.properties;
  if (!first) return undefined;
  return Object.keys(first).find((key) => branches.every((branch) => branch.properties?.[key]?.const !== undefined));
}

/*
 * A failed anyOf reports the branch that got furthest into the input: the deepest issue path, then
 * the fewest issues. That is the branch the author most likely meant.
 */
function bestBranch(candidates: Issue[][], depth: number): Issue[] | undefined {
  let best: Issue[] | undefined;
  let bestDepth = -1;
  for (const issues of candidates) {
    const reach = Math.max(...issues.map((issue) => (issue.code === 'invalid_type' && issue.segments.length === depth ? -1 : issue.segments.length)));
    if (reach > bestDepth || (reach === bestDepth && best && issues.length < best.length)) {
      best = issues;
      bestDepth = reach;
    }
  }
  return bestDepth >= depth ? best : undefined;
}

/** Validates `value` against `schema`, appending coded issues (`root` resolves `$ref`s). */
export function validateJsonSchema(schema: JsonSchema, value: unknown, root: JsonSchema, segments: Segments = [], issues: Issue[] = []): Issue[] {
  // Real definitions nest a dozen levels; a cap keeps a hostile one from costing seconds or the stack.
  if (segments.length > MAX_DEPTH) return issues.push(createIssue('invalid_value', segments, { detail: `nested more than ${MAX_DEPTH} levels deep` })), issues;
  if (schema.$ref) {
    const target = root.$defs?.[schema.$ref];
    return target ? validateJsonSchema(target, value, root, segments, issues) : issues;
  }
  if (schema.anyOf) {
    const attempts: Issue[][] = [];
    for (const branch of schema.anyOf) {
      const found = validateJsonSchema(branch, value, root, segments, []);
      if (found.length === 0) return issues;
      attempts.push(found);
    }
    const best = bestBranch(attempts, segments.length);
    if (best) issues.push(...best);
    else issues.push(createIssue('invalid_type', segments, { expected: describeAlternatives(schema.anyOf), received: describeType(value) }));
    return issues;
  }
  if (schema.oneOf) {
    const key = discriminatorOf(schema.oneOf);
    const tag = key && typeMatches('object', value) ? (value as Record<string, unknown>)[key] : undefined;
    const branch = key ? schema.oneOf.find((candidate) => candidate.properties?.[key]?.const === tag) : undefined;
    if (branch) return validateJsonSchema(branch, value, root, segments, issues);
    if (key && typeMatches('object', value)) {
      const expected = schema.oneOf.map((candidate) => String(candidate.properties?.[key]?.const));
      issues.push(createIssue(tag === undefined ? 'missing_field' : 'invalid_value', [...segments, key], { expected }));
    } else issues.push(createIssue('invalid_type', segments, { expected: 'object', received: describeType(value) }));
    return issues;
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => typeMatches(type, value))) {
      issues.push(
        value === undefined
          ? createIssue('missing_field', segments, { expected: types.join(' or ') })
          : createIssue('invalid_type', segments, { expected: types.join(' or '), received: describeType(value) }),
      );
      return issues;
    }
  }
  if (schema.const !== undefined && value !== schema.const) issues.push(createIssue('invalid_value', segments, { expected: [String(schema.const)] }));
  if (schema.enum && !schema.enum.includes(value)) issues.push(createIssue('invalid_value', segments, { expected: schema.enum.map(String) }));
  if (typeof value === 'string') checkString(schema, value, segments, issues);
  else if (typeof value === 'number') checkNumber(schema, value, segments, issues);
  else if (Array.isArray(value)) checkArray(schema, value, root, segments, issues);
  else if (typeof value === 'object' && value !== null) checkObject(schema, value as Record<string, unknown>, root, segments, issues);
  return issues;
}

function describeAlternatives(branches: JsonSchema[]): string {
  return [...new Set(branches.flatMap((branch) => branch.type ?? 'object'))].join(' or ');
}

function checkString(schema: JsonSchema, value: string, segments: Segments, issues: Issue[]): void {
  if (schema.minLength !== undefined && value.length < schema.minLength)
    issues.push(createIssue('too_small', segments, { minimum: schema.minLength, origin: 'string' }));
  if (schema.maxLength !== undefined && value.length > schema.maxLength)
    issues.push(createIssue('too_big', segments, { maximum: schema.maxLength, origin: 'string' }));
  if (schema.pattern !== undefined && !regexOf(schema.pattern).test(value))
    issues.push(createIssue('invalid_format', segments, { format: 'pattern' }));
}

function checkNumber(schema: JsonSchema, value: number, segments: Segments, issues: Issue[]): void {
  if (schema.minimum !== undefined && value < schema.minimum) issues.push(createIssue('too_small', segments, { minimum: schema.minimum }));
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
    issues.push(createIssue('too_small', segments, { minimum: schema.exclusiveMinimum, inclusive: false }));
  if (schema.maximum !== undefined && value > schema.maximum) issues.push(createIssue('too_big', segments, { maximum: schema.maximum }));
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum)
    issues.push(createIssue('too_big', segments, { maximum: schema.exclusiveMaximum, inclusive: false }));
}

function checkArray(schema: JsonSchema, value: unknown[], root: JsonSchema, segments: Segments, issues: Issue[]): void {
  if (schema.minItems !== undefined && value.length < schema.minItems)
    issues.push(createIssue('too_small', segments, { minimum: schema.minItems, origin: 'array' }));
  if (schema.maxItems !== undefined && value.length > schema.maxItems)
    issues.push(createIssue('too_big', segments, { maximum: schema.maxItems, origin: 'array' }));
  if (schema.items) for (let index = 0; index < value.length; index += 1) validateJsonSchema(schema.items, value[index], root, [...segments, index], issues);
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, root: JsonSchema, segments: Segments, issues: Issue[]): void {
  const properties = schema.properties ?? {};
  for (const key of schema.required ?? [])
    if (!Object.hasOwn(value, key) || value[key] === undefined) issues.push(createIssue('missing_field', [...segments, key]));
  for (const key of Object.keys(value)) {
    const at = [...segments, key];
    if (Object.hasOwn(properties, key)) {
      // A field set to undefined is absent, as in zod; a required one was reported above.
      if (value[key] !== undefined) validateJsonSchema(properties[key] as JsonSchema, value[key], root, at, issues);
      continue;
    }
    if (schema.propertyNames?.pattern && !regexOf(schema.propertyNames.pattern).test(key))
      issues.push(createIssue('invalid_key', at, { key }));
    if (schema.additionalProperties === false) issues.push(createIssue('unknown_field', at, { key }));
    else if (typeof schema.additionalProperties === 'object') validateJsonSchema(schema.additionalProperties, value[key], root, at, issues);
  }
}
