import { createIssue, LIMITS, localiseIssues, type Issue, type IssueMessageCatalog } from '../core';
import { findTooDeepInText } from '../core/questionnaire/findTooDeepInText';
import { issueOfJsonError } from '../core/questionnaire/readJsonInput';
import type { CliIo } from './cli.types';
import { fileErrorOf } from './fileErrorOf';
import { formatBadLine } from './formatBadLine';
import { limitIssues } from './limitIssues';
import { reasonOf, UNPROCESSABLE } from './processFile';
import { BIN } from './usage';

/** Bad lines reported in detail; past this only counted, so a wrong 100,000-line file does not flood stderr. */
export const MAX_REPORTED_BAD_LINES = 100;

/** What one pass over an NDJSON file found. */
export interface NdjsonPass {
  /** How the file is named in messages: its path, or `(stdin)`. */
  name: string;
  /** Lines that held something (blank lines aside). */
  dataLines: number;
  /** Lines reported and skipped. */
  badLines: number;
}

/** Handles one line's parsed JSON; returns the issues that make it a bad line, or nothing. */
export type NdjsonLineHandler = (value: unknown, lineNumber: number) => readonly Issue[] | undefined | Promise<readonly Issue[] | undefined>;

/** `n things`, with the count in English digits: the CLI's own notes are English. */
export const countOf = (count: number, noun: string): string => `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;

function parseLine(line: string): { ok: true; value: unknown } | { ok: false; issues: Issue[] } {
  try {
    return { ok: true, value: JSON.parse(line) };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, issues: [createIssue('invalid_json', [], { detail: error.message })] };
    // An engine whose parser ran out of stack: the line is too deep, not invalid JSON.
    return { ok: false, issues: [issueOfJsonError(error, () => findTooDeepInText(line, LIMITS.maxDepth)?.issue)] };
  }
}

/**
 * Reads an NDJSON file (`-`: stdin) a line at a time, the one way every NDJSON command does: blank
 * lines skipped, a byte-order mark on the first line ignored, each line parsed and handed to `onLine`;
 * a line that is not JSON, that `onLine` finds bad, or that `onLine` throws on (`unprocessable_input`),
 * is reported on stderr as `file:line: path: message [code]` (the first `MAX_REPORTED_BAD_LINES`, each
 * with at most `LIMITS.maxIssues` issues, then a count) and skipped. Resolves to what it found, or to
 * null once it has said on stderr that the file cannot be read.
 * @example const pass = await readNdjsonFile(io, 'events.ndjson', (value) => add(value));
 */
export async function readNdjsonFile(io: CliIo, file: string, onLine: NdjsonLineHandler, messages?: IssueMessageCatalog): Promise<NdjsonPass | null> {
  const name = file === '-' ? '(stdin)' : file;
  let lineNumber = 0;
  let dataLines = 0;
  let badLines = 0;
  const report = (issues: readonly Issue[]) => {
    badLines += 1;
    if (badLines > MAX_REPORTED_BAD_LINES) return;
    const { listed } = limitIssues(issues);
    io.stderr(formatBadLine(name, lineNumber, messages ? localiseIssues(listed, messages) : listed));
  };
  // The kit failed on this line's contents (a bug it set off): the line is reported and skipped like any bad line.
  const reportFailure = (error: unknown) => {
    badLines += 1;
    if (badLines <= MAX_REPORTED_BAD_LINES) io.stderr(`${name}:${lineNumber}: cannot process this line: ${reasonOf(error)}; this is a bug in ${BIN}, please report it [${UNPROCESSABLE}]\n`);
  };
  const handle = async (value: unknown): Promise<readonly Issue[] | undefined> => {
    try {
      return await onLine(value, lineNumber);
    } catch (error) {
      reportFailure(error);
      return undefined;
    }
  };
  try {
    for await (const raw of io.readLines(file)) {
      lineNumber += 1;
      // Editors on Windows often start a file with a byte-order mark, which JSON.parse rejects.
      const line = lineNumber === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (line.trim() === '') continue;
      dataLines += 1;
      const parsed = parseLine(line);
      const issues = parsed.ok ? await handle(parsed.value) : parsed.issues;
      if (issues !== undefined && issues.length > 0) report(issues);
    }
  } catch (error) {
    const { code, reason } = fileErrorOf(error);
    io.stderr(`${BIN}: cannot read ${name}: ${reason} [${code}]\n`);
    return null;
  }
  if (badLines > MAX_REPORTED_BAD_LINES) io.stderr(`${name}: … and ${countOf(badLines - MAX_REPORTED_BAD_LINES, 'more bad line')}\n`);
  return { name, dataLines, badLines };
}
