import { parseQuestionnaire, type Questionnaire } from '../core';
import { socialMediaAssessment } from '../content/social-media';
import type { CliIo } from './cli.types';
import { ExitCode } from './exitCodes';
import { formatIssueReport } from './reportIssues';
import { BIN } from './usage';

/**
 * The bundled assessment, validated; or, when it does not validate, a report and `ExitCode.internal`:
 * that is the kit's bug, not the user's input or command line.
 */
export function loadBundledAssessment(io: CliIo): { ok: true; value: Questionnaire } | { ok: false; exitCode: ExitCode } {
  const parsed = parseQuestionnaire(socialMediaAssessment);
  if (parsed.ok) return parsed;
  io.stderr(`${BIN}: the bundled assessment is invalid, please report this\n${formatIssueReport('(bundled assessment)', parsed.issues)}`);
  return { ok: false, exitCode: ExitCode.internal };
}
