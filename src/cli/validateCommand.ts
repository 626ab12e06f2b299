import { parseQuestionnaire, type Questionnaire } from '../core';
import type { CliIo } from './cli.types';
import { ExitCode } from './exitCodes';
import { readJsonFile } from './readJsonFile';
import { processFile } from './processFile';
import { formatIssueReport, formatReadFailure } from './reportIssues';

/** A one-line summary of a valid questionnaire. */
export function describeQuestionnaire(questionnaire: Questionnaire): string {
  const questions = questionnaire.sections.reduce((sum, section) => sum + section.questions.length, 0);
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  return `${questionnaire.id}@${questionnaire.version}: ${plural(questionnaire.sections.length, 'section')}, ${plural(questions, 'question')}, ${plural(questionnaire.dimensions.length, 'dimension')}`;
}

/** Reads and validates a definition file; the questionnaire, or the exit code (1) after reporting why not. */
export async function loadQuestionnaire(io: CliIo, file: string): Promise<{ ok: true; value: Questionnaire } | { ok: false; exitCode: ExitCode }> {
  const read = await readJsonFile(io, file);
  if (!read.ok) {
    io.stderr(formatReadFailure(file, read));
    return { ok: false, exitCode: ExitCode.invalidInput };
  }
  const processed = processFile(io, file, () => parseQuestionnaire(read.value));
  if (!processed.ok) return { ok: false, exitCode: ExitCode.invalidInput };
  const parsed = processed.value;
  if (!parsed.ok) {
    io.stderr(formatIssueReport(file, parsed.issues));
    return { ok: false, exitCode: ExitCode.invalidInput };
  }
  return { ok: true, value: parsed.value };
}

/** `readiness-kit validate <definition.json>`: prints a summary, or every issue with its path. */
export async function validateCommand(io: CliIo, file: string): Promise<ExitCode> {
  const loaded = await loadQuestionnaire(io, file);
  if (!loaded.ok) return loaded.exitCode;
  io.stdout(`✔ ${describeQuestionnaire(loaded.value)} — valid\n`);
  return ExitCode.ok;
}
