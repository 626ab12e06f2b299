import type * as z from 'zod/mini';
import { createIssue, type Issue } from './errors';

type ZodIssue = z.core.$ZodIssue;
type Segment = string | number;

/** Names the JSON type of a value the way people say it: `null`, `array`, `string` … */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

const toSegments = (path: readonly PropertyKey[]): Segment[] =>
  path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));

/*
 * A union's branches each fail in their own way; reporting all of them buries the real problem.
 * The branch that got furthest into the input (deepest path, then fewest issues) is the one the
 * author most likely meant.
 */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  let best: readonly ZodIssue[] | undefined;
  let bestDepth = -1;
  for (const branch of branches) {
    if (branch.length === 0) continue;
    const meaningful = branch.filter((issue) => issue.code !== 'unrecognized_keys' || issue.path.length > 0);
    if (meaningful.length === 0) continue;
    const depth = Math.max(...meaningful.map((issue) => issue.path.length));
    if (depth > bestDepth || (depth === bestDepth && best && branch.length < best.length)) {
      best = branch;
      bestDepth = depth;
    }
  }
  return best;
}

function convert(issue: ZodIssue, prefix: readonly Segment[], out: Issue[]): void {
  const segments = [...prefix, ...toSegments(issue.path)];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) out.push(createIssue('missing_field', segments, { expected: issue.expected }));
      else out.push(createIssue('invalid_type', segments, { expected: issue.expected, received: describeType(issue.input) }));
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys) out.push(createIssue('unknown_field', [...segments, key], { key }));
      return;
    case 'too_small':
      out.push(createIssue('too_small', segments, { minimum: Number(issue.minimum), origin: issue.origin, inclusive: issue.inclusive }));
      return;
    case 'too_big':
      out.push(createIssue('too_big', segments, { maximum: Number(issue.maximum), origin: issue.origin, inclusive: issue.inclusive }));
      return;
    case 'invalid_format':
      out.push(createIssue('invalid_format', segments, { format: issue.format === 'regex' ? 'pattern' : issue.format }));
      return;
    case 'invalid_value':
      out.push(createIssue('invalid_value', segments, { expected: issue.values.map(String) }));
      return;
    case 'invalid_key':
      out.push(createIssue('invalid_key', segments, { key: String(issue.path[issue.path.length - 1] ?? ''), detail: issue.issues[0]?.message }));
      return;
    case 'invalid_union': {
      if (issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options;
        out.push(createIssue('invalid_value', segments[segments.length - 1] === issue.discriminator ? segments : [...segments, issue.discriminator], { expected: Array.isArray(options) ? options.map(String) : undefined, detail: 'unknown kind' }));
        return;
      }
      const branch = bestBranch(issue.errors);
      if (branch) for (const inner of branch) convert(inner, segments, out);
      else out.push(createIssue('invalid_value', segments, { detail: 'does not match any accepted form' }));
      return;
    }
    default:
      out.push(createIssue('invalid_value', segments, { detail: issue.message }));
  }
}

/** Turns zod's issues into the kit's coded issues, each path prefixed with `prefix`. */
export function fromZodIssues(issues: readonly ZodIssue[], prefix: readonly Segment[] = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) convert(issue, prefix, out);
  return out;
}
