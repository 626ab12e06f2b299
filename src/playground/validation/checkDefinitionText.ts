import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { createIssue, LIMITS, parseQuestionnaire, type Issue, type IssueMessageCatalog, type Questionnaire, type Result } from '../../core';
import { localiseIssues } from '../../core/i18n/localiseIssues';
import { findTooDeepInText } from '../../core/questionnaire/findTooDeepInText';
import { isStackOverflow } from '../../core/questionnaire/isStackOverflow';
import { tooDeepAtRoot } from '../../core/questionnaire/readJsonInput';
import { lineStarts, positionAt } from '../editor/textLines';
import { locateInDocument, type JsonDocument, type JsonLocation } from './locateJsonPath';

/** jsonc-parser's name of a JSON syntax error, e.g. `CommaExpected`. */
export type SyntaxErrorName = ReturnType<typeof printParseErrorCode>;

/** An issue with where it is in the text. */
export interface LocatedIssue {
  /** The issue, its message in the catalog's language. */
  issue: Issue;
  /** Where its path points in the text (a syntax error: where the parser stopped). */
  location: JsonLocation;
  /** For a JSON syntax error, what the parser expected; absent for issues of the definition itself. */
  syntaxError?: SyntaxErrorName;
}

/** What checking a definition's text found. */
export interface DefinitionCheck {
  /** What `parseQuestionnaire` returns for the text (a syntax error: an `invalid_json` issue per error). */
  result: Result<Questionnaire>;
  /** Every issue, located, in the order of the text for syntax errors and of the core otherwise. */
  issues: LocatedIssue[];
}

/** Plain JSON, as `JSON.parse` reads it: no comments, no trailing commas. */
const STRICT_JSON = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

const locationAt = (starts: readonly number[], offset: number, length: number): JsonLocation => ({ offset, length, ...positionAt(starts, offset), exact: true });

function syntaxIssue(starts: readonly number[], error: ParseError): LocatedIssue {
  const name = printParseErrorCode(error.error);
  const location = locationAt(starts, error.offset, error.length);
  const detail = `${name} at line ${location.line}, column ${location.column}`;
  return { issue: createIssue('invalid_json', [], { detail, line: location.line, column: location.column }), location, syntaxError: name };
}

/** jsonc-parser's tree of the text, or undefined when it ran out of stack (it recurses once per level). */
function treeOf(text: string, errors: ParseError[]): { tree: Node | undefined } | undefined {
  try {
    return { tree: parseTree(text, errors, STRICT_JSON) };
  } catch (error) {
    if (isStackOverflow(error)) return undefined;
    throw error;
  }
}

/** The check's result and located issues, messages in the catalog's language. */
function finish(located: LocatedIssue[], catalog: IssueMessageCatalog | undefined, parsed?: Result<Questionnaire>): DefinitionCheck {
  const issues = located.map((entry) => entry.issue);
  const localised = catalog ? localiseIssues(issues, catalog) : issues;
  const result: Result<Questionnaire> = parsed?.ok ? parsed : { ok: false, issues: localised };
  return { result, issues: located.map((entry, index) => ({ ...entry, issue: localised[index]! })) };
}

/**
 * Checks a definition's JSON text: depth first (nesting past `LIMITS.maxDepth` is one `too_deep`
 * issue, located, before any recursive parser sees the text), then syntax (each error with its
 * line), then the definition with `parseQuestionnaire`, each issue located at its path in the text
 * and its message in the catalog's language. At most `LIMITS.maxIssues` issues, then one
 * `more_issues` (located at the start). Never throws, whatever the text's depth or size.
 * @example checkDefinitionText('{ "id": }', issueMessagesEn).issues[0].location.line // 1
 */
export function checkDefinitionText(text: string, catalog?: IssueMessageCatalog): DefinitionCheck {
  const starts = lineStarts(text);
  const start = locationAt(starts, 0, 0);
  const deep = findTooDeepInText(text, LIMITS.maxDepth);
  if (deep) return finish([{ issue: deep.issue, location: locationAt(starts, deep.offset, 1) }], catalog);
  const errors: ParseError[] = [];
  const read = treeOf(text, errors);
  // Only when the caller was already deep in the stack: the text itself is within the limit.
  if (!read) return finish([{ issue: tooDeepAtRoot(), location: start }], catalog);
  if (errors.length > 0) {
    // Garbage text has an error every few characters: list the first ones, count the rest (as capIssues does).
    const located = errors.slice(0, LIMITS.maxIssues).map((error) => syntaxIssue(starts, error));
    const more = errors.length - located.length;
    if (more > 0) located.push({ issue: createIssue('more_issues', [], { count: more }), location: start });
    return finish(located, catalog);
  }
  const document: JsonDocument = { text, tree: read.tree, starts };
  const parsed = parseQuestionnaire(text);
  // Already capped: a trailing `more_issues` is about the whole definition, so it points at its start.
  const located = parsed.issues.map((issue) => ({ issue, location: issue.code === 'more_issues' ? start : locateInDocument(document, issue.segments) }));
  return finish(located, catalog, parsed);
}
