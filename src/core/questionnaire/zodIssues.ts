import type * as z from 'zod/mini';
import { describeType } from '../describeType';
import { createIssue, type Issue, type IssueCode, type IssueParams } from '../errors';

type Segments = (string | number)[];
type ZodIssue = z.core.$ZodIssue;

/*
 * An issue before its path and message are written out. A union's branches are compared as drafts
 * and only the chosen one is written: 200,000 conditions of eight branches each would otherwise
 * format millions of messages that are thrown away.
 */
export interface IssueDraft {
  code: IssueCode;
  segments: Segments;
  params: IssueParams;
}

const draft = (code: IssueCode, segments: Segments, params: IssueParams = {}): IssueDraft => ({ code, segments, params });

/** zod's type names in the words of JSON, as editors and the JSON Schema use them. */
const JSON_TYPE_NAMES: Readonly<Record<string, string>> = { record: 'object', int: 'integer', object: 'object' };
const jsonTypeName = (expected: string) => JSON_TYPE_NAMES[expected] ?? expected;

/** The value at `segments` inside `root`, or undefined where the path leaves it. */
function valueAt(root: unknown, segments: readonly (string | number)[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

const toSegments = (path: readonly PropertyKey[]): Segments => path.map((key) => (typeof key === 'number' ? key : String(key)));

/*
 * A failed union reports the branch that got furthest into the input: the deepest issue path, then
 * the fewest issues. That is the branch the author most likely meant (a condition with one misspelt
 * key, not "expected any of eight shapes"). A branch whose only complaint is the value's own type
 * got nowhere, and counts below every other.
 */
function bestBranch(branches: IssueDraft[][], depth: number): IssueDraft[] | undefined {
  let best: IssueDraft[] | undefined;
  let bestReach = -1;
  for (const issues of branches) {
    // A loop, not Math.max(...issues): a branch can hold more issues than a call can take arguments.
    let reach = -Infinity;
    for (const issue of issues) reach = Math.max(reach, issue.code === 'invalid_type' && issue.segments.length === depth ? -1 : issue.segments.length);
    if (reach > bestReach || (reach === bestReach && best && issues.length < best.length)) {
      best = issues;
      bestReach = reach;
    }
  }
  return bestReach >= depth ? best : undefined;
}

/**
 * The issues of a union no branch of which took `value` (at `segments`), from each branch's drafts:
 * the furthest-reaching branch's, or one `invalid_type` naming what the branches would have taken.
 */
export function draftsOfUnion(branches: IssueDraft[][], value: unknown, segments: Segments): IssueDraft[] {
  const best = bestBranch(branches, segments.length);
  if (best) return best;
  const names = branches.map((drafts) => {
    const own = drafts.find((found) => found.code === 'invalid_type' && found.segments.length === segments.length);
    return typeof own?.params.expected === 'string' ? own.params.expected : 'object';
  });
  return [draft('invalid_type', segments, { expected: [...new Set(names)].join(' or '), received: describeType(value) })];
}

/** What the branches of a union would each have taken, in JSON's words: `string or object`. */
function alternatives(branches: readonly (readonly ZodIssue[])[]): string {
  const names = branches.map((issues) => {
    const own = issues.find((issue) => issue.path.length === 0 && issue.code === 'invalid_type');
    return own?.code === 'invalid_type' ? jsonTypeName(own.expected) : 'object';
  });
  return [...new Set(names)].join(' or ');
}

/**
 * Turns zod's issues into the kit's: the same codes and params the kit has always given, each at
 * its path, so hosts branching on codes see no difference from the validator zod replaced. An
 * issue zod adds in a later version still comes out, as `invalid_definition` naming zod's code:
 * validation can never pass a definition zod rejected.
 */
export function fromZodIssues(issues: readonly ZodIssue[], root: unknown): Issue[] {
  return writeDrafts(draftsOf(issues, root, []));
}

/** The drafts written out as issues, each with its path and message. */
export function writeDrafts(drafts: readonly IssueDraft[]): Issue[] {
  return drafts.map(({ code, segments, params }) => createIssue(code, segments, params));
}

/** `fromZodIssues` as drafts, for issues zod found in the part of `root` at `base`. */
export function draftsOf(issues: readonly ZodIssue[], root: unknown, base: Segments): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  // One at a time, not push(...): a list can hold more issues than a call can take arguments.
  for (const issue of issues) for (const found of fromZodIssue(issue, root, base)) drafts.push(found);
  return drafts;
}

function fromZodIssue(issue: ZodIssue, root: unknown, base: Segments): IssueDraft[] {
  const segments = [...base, ...toSegments(issue.path)];
  const value = valueAt(root, segments);
  switch (issue.code) {
    case 'invalid_type':
      return [
        value === undefined
          ? draft('missing_field', segments, { expected: jsonTypeName(issue.expected) })
          : draft('invalid_type', segments, { expected: jsonTypeName(issue.expected), received: describeType(value) }),
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => draft('unknown_field', [...segments, key], { key }));
    case 'invalid_value':
      return [draft('invalid_value', segments, { expected: issue.values.map(String) })];
    case 'invalid_format':
      return [draft('invalid_format', segments, { format: 'pattern' })];
    case 'invalid_key':
      return [draft('invalid_key', segments, { key: String(segments.at(-1)) })];
    case 'too_small':
      return [draft('too_small', segments, { minimum: Number(issue.minimum), ...boundOf(issue.inclusive, issue.origin) })];
    case 'too_big':
      return [draft('too_big', segments, { maximum: Number(issue.maximum), ...boundOf(issue.inclusive, issue.origin) })];
    case 'invalid_union':
      return fromUnion(issue, value, root, segments);
    default:
      return [draft('invalid_definition', segments, { zodCode: issue.code })];
  }
}

/** Arrays and strings say "items" and "characters"; numbers say "greater than" for an exclusive bound. */
const boundOf = (inclusive: boolean | undefined, origin: string): { origin?: string; inclusive?: false } => ({
  ...(origin === 'array' || origin === 'string' ? { origin } : {}),
  ...(inclusive === false ? { inclusive: false as const } : {}),
});

function fromUnion(issue: Extract<ZodIssue, { code: 'invalid_union' }>, value: unknown, root: unknown, segments: Segments): IssueDraft[] {
  // A discriminated union whose tag matched no option: zod puts the path on the tag itself.
  if ('discriminator' in issue && issue.errors.length === 0) {
    const expected = ((issue as { options?: unknown[] }).options ?? []).map(String);
    return [draft(value === undefined ? 'missing_field' : 'invalid_value', segments, { expected })];
  }
  if (value === undefined) return [draft('missing_field', segments, { expected: alternatives(issue.errors) })];
  const branches = issue.errors.map((errors) => draftsOf(errors, root, segments));
  return bestBranch(branches, segments.length) ?? [draft('invalid_type', segments, { expected: alternatives(issue.errors), received: describeType(value) })];
}
