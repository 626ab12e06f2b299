import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { createIssue, parseQuestionnaire, type Issue, type IssueMessageCatalog, type Questionnaire, type Result } from '../../core';
import { localiseIssues } from '../../core/i18n/localiseIssues';
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

function syntaxIssue(document: JsonDocument, error: ParseError): LocatedIssue {
  const name = printParseErrorCode(error.error);
  const location: JsonLocation = { offset: error.offset, length: error.length, ...positionAt(document.starts, error.offset), exact: true };
  const detail = `${name} at line ${location.line}, column ${location.column}`;
  return { issue: createIssue('invalid_json', [], { detail, line: location.line, column: location.column }), location, syntaxError: name };
}

/**
 * Checks a definition's JSON text: syntax first (each error with its line), then the definition with
 * `parseQuestionnaire`, each issue located at its path in the text and its message in the catalog's
 * language. Never throws.
 * @example checkDefinitionText('{ "id": }', issueMessagesEn).issues[0].location.line // 1
 */
export function checkDefinitionText(text: string, catalog?: IssueMessageCatalog): DefinitionCheck {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, STRICT_JSON);
  const document: JsonDocument = { text, tree, starts: lineStarts(text) };
  if (errors.length > 0) {
    const issues = errors.map((error) => syntaxIssue(document, error));
    const localised = catalog ? localiseIssues(issues.map((entry) => entry.issue), catalog) : issues.map((entry) => entry.issue);
    return { result: { ok: false, issues: localised }, issues: issues.map((entry, index) => ({ ...entry, issue: localised[index]! })) };
  }
  const parsed = parseQuestionnaire(text);
  const issues = catalog ? localiseIssues(parsed.issues, catalog) : parsed.issues;
  const result: Result<Questionnaire> = parsed.ok ? parsed : { ok: false, issues };
  return { result, issues: issues.map((issue) => ({ issue, location: locateInDocument(document, issue.segments) })) };
}
