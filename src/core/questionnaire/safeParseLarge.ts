import * as z from 'zod/mini';
import { isStackOverflow } from './isStackOverflow';
import { draftsOf, draftsOfUnion, type IssueDraft } from './zodIssues';

type ZodIssue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;
type Segments = (string | number)[];
type Parsed<T> = { success: true; data: T } | { success: false; drafts: IssueDraft[] };

/** The parts of a zod schema's definition that the pieces below read. */
interface SchemaDef {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  checks?: z.core.$ZodCheck<unknown[]>[];
  keyType?: Schema;
  valueType?: Schema;
  options?: Schema[];
  discriminator?: string;
}

const defOf = (schema: Schema) => schema._zod.def as unknown as SchemaDef;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/*
 * A list or object with more direct children than this is checked in pieces first: no real definition
 * or benchmark has one (a 2,000-question definition has none past a few hundred), and a hostile one
 * with 200,000 bad items would otherwise be parsed twice, once whole until zod runs out of stack.
 */
const WIDE_CHILDREN = 10_000;

/*
 * Values of up to this many nodes are handed to zod whole: a few issues a node at most keeps its
 * `push(...issues)` far below the arguments a call can take. Larger ones are split without asking zod.
 */
const WHOLE_NODES = 5_000;

/** True when some list or object in `value` has more than `WIDE_CHILDREN` direct children. */
function hasWideContainer(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null) continue;
    const children = Object.values(current);
    if (children.length > WIDE_CHILDREN) return true;
    for (const inner of children) if (typeof inner === 'object' && inner !== null) pending.push(inner);
  }
  return false;
}

/** True when `value` holds more than `WHOLE_NODES` objects, arrays and values; counts no further than that. */
function isLarge(value: unknown): boolean {
  const pending: unknown[] = [value];
  let nodes = 0;
  while (pending.length > 0) {
    const current = pending.pop();
    nodes += 1;
    if (nodes > WHOLE_NODES) return true;
    if (typeof current === 'object' && current !== null) for (const inner of Object.values(current)) pending.push(inner);
  }
  return false;
}

/** Appends without a spread: `push(...found)` is the very overflow this file avoids. */
function append(drafts: IssueDraft[], found: readonly IssueDraft[]): void {
  for (const draft of found) drafts.push(draft);
}

/** The drafts of what is wrong with `value` (at `path` inside `root`) for `schema`. */
function draftsFor(schema: Schema, value: unknown, path: Segments, root: unknown): IssueDraft[] {
  if (isLarge(value)) {
    const split = draftsInPieces(schema, value, path, root);
    if (split) return split;
  }
  try {
    const parsed = z.safeParse(schema, value);
    return parsed.success ? [] : draftsOf(parsed.error.issues, root, path);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    const split = draftsInPieces(schema, value, path, root);
    if (split) return split;
    // Nothing to split (a caller already deep in the stack): the overflow stands.
    throw error;
  }
}

/*
 * zod gathers a child's issues into its parent with `push(...issues)`, which passes every issue as an
 * argument: past about 100,000 (300,000 empty sections' missing fields) that overflows the stack. The
 * same issues are gathered here a child at a time, for the containers the kit's schemas are made of,
 * each part's turned into drafts at once so that zod's (a union's eight branches each) are not all
 * kept. Only the issues are wanted on this path, not a parsed value. Undefined when `schema` has no
 * pieces for `value` (a string, a number: zod takes those whole).
 */
function draftsInPieces(schema: Schema, value: unknown, path: Segments, root: unknown): IssueDraft[] | undefined {
  const def = defOf(schema);
  const drafts: IssueDraft[] = [];
  if ((def.type === 'optional' && value === undefined) || (def.type === 'nullable' && value === null)) return drafts;
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) return draftsFor(def.innerType, value, path, root);
  if (def.type === 'object' && def.shape && isRecord(value)) {
    const shape = def.shape;
    for (const key of Object.keys(shape)) append(drafts, draftsFor(shape[key]!, value[key], [...path, key], root));
    const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
    const unknown = strict ? Object.keys(value).filter((key) => !Object.hasOwn(shape, key)) : [];
    if (unknown.length > 0) append(drafts, draftsOf([{ code: 'unrecognized_keys', keys: unknown, path: [], message: '' } as ZodIssue], root, path));
    return drafts;
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) append(drafts, draftsFor(def.element, value[index], [...path, index], root));
    // The list's own checks (its minimum length), on the list with its items taken as they are.
    if (def.checks?.length) {
      const checked = z.safeParse(z.array(z.unknown()).check(...def.checks), value);
      if (!checked.success) append(drafts, draftsOf(checked.error.issues, root, path));
    }
    return drafts;
  }
  if (def.type === 'record' && def.keyType && def.valueType && isRecord(value)) {
    for (const key of Object.keys(value)) {
      const keyParsed = z.safeParse(def.keyType, key);
      if (!keyParsed.success) append(drafts, draftsOf([{ code: 'invalid_key', origin: 'record', issues: keyParsed.error.issues, path: [key], message: '' } as ZodIssue], root, path));
      else append(drafts, draftsFor(def.valueType, value[key], [...path, key], root));
    }
    return drafts;
  }
  if (def.type === 'union' && def.options) {
    const tag = def.discriminator;
    if (tag === undefined) {
      const branches = def.options.map((option) => draftsFor(option, value, path, root));
      return branches.some((found) => found.length === 0) ? drafts : draftsOfUnion(branches, value, path);
    }
    // A tagged union reads the branch its tag names; an unknown tag zod reports at once, without overflowing.
    const branch = isRecord(value) ? def.options.find((option) => z.safeParse(defOf(option).shape![tag]!, value[tag]).success) : undefined;
    if (branch) return draftsFor(branch, value, path, root);
  }
  return undefined;
}

/**
 * `z.safeParse` with the kit's issues, as drafts (`fromZodIssues` before paths and messages are
 * written), that survives any number of them: where zod would run out of stack gathering them (a
 * list of 200,000 bad items), they are gathered a part at a time instead, with the same codes and
 * paths. Any other error is thrown.
 * @example safeParseLarge(QuestionnaireSchema, { ...definition, sections: hundredThousandEmptySections })
 */
export function safeParseLarge<T>(schema: z.ZodMiniType<T>, value: unknown): Parsed<T> {
  if (hasWideContainer(value)) {
    const drafts = draftsInPieces(schema, value, [], value);
    if (drafts && drafts.length > 0) return { success: false, drafts };
  }
  try {
    const parsed = z.safeParse(schema, value);
    return parsed.success ? { success: true, data: parsed.data } : { success: false, drafts: draftsOf(parsed.error.issues, value, []) };
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    const drafts = draftsInPieces(schema, value, [], value);
    // Every part valid, yet the whole overflowed: the stack was short to begin with, not the issues many.
    if (!drafts || drafts.length === 0) throw error;
    return { success: false, drafts };
  }
}
