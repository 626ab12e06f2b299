/*
 * Streaming batch scoring (`score --ndjson`), profiles per second on the bundled assessment, one core:
 *   (a) the batch scorer over lines already read: JSON.parse of the line, createBatchScorer, JSON.stringify
 *       of the record, which is what the target (≥ 100,000 profiles/s per core) counts;
 *   (b) the whole command, `score --ndjson`, on a 100,000-line file: reading lines, scoring, writing;
 *   (c) the floor it is measured against: the plain way, JSON.parse + scoreAnswers + JSON.stringify of
 *       the full profile per line.
 * `npm run bench` runs it on the built dist/ (bench/run.ts); alone, on the sources:
 *   npx tsx bench/streamingScorer.ts [lines]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Answers, BatchScorer, Profile, Question, Questionnaire } from '../src/core';
import { seededRandom } from '../src/playground/simulate/seededRandom';
import { median } from './measure';

/** What is measured, from the sources or from dist/. */
export interface StreamingKit {
  questionnaire: Questionnaire;
  createBatchScorer: (questionnaire: Questionnaire) => BatchScorer;
  scoreAnswers: (questionnaire: Questionnaire, answers: Answers) => Profile;
  /** Runs `score --ndjson` on a file of lines and resolves when done: in memory or through the built binary. */
  scoreFile: (path: string) => Promise<{ exitCode: number }>;
  /** How the whole command is run, for the report. */
  cliLabel: string;
}

/** Profiles per second of each way, and the sizes measured. */
export interface StreamingResult {
  lines: number;
  averageLineBytes: number;
  batch: number;
  cli: number;
  plain: number;
  cliLabel: string;
}


function answerOf(question: Question, next: () => number): Answers[string] | undefined {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  switch (question.type) {
    case 'single':
      return pick(question.options).id;
    case 'multi': {
      const chosen = question.options.filter(() => next() < 0.4).map((option) => option.id);
      return chosen.slice(0, question.max ?? chosen.length);
    }
    case 'likert':
      return 1 + Math.floor(next() * 5);
    case 'number': {
      const min = question.min ?? 0;
      const max = question.max ?? 5000;
      return Math.round(min + next() * (max - min));
    }
    case 'email':
      return 'someone@example.com';
    default:
      return 'Example Ltd';
  }
}

/**
 * `count` lines of valid answers with a respondent id, as a CRM export would give them: each question
 * answered with a chance of 85 %, hidden ones included (the scorer leaves those out, as scoreAnswers does).
 */
export function answerLines(questionnaire: Questionnaire, count: number, seed = 14): string[] {
  const next = seededRandom(seed);
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  const lines: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const answers: Record<string, Answers[string]> = { id: `crm-${n}` };
    for (const question of questions) {
      if (next() >= 0.85) continue;
      const value = answerOf(question, next);
      if (value !== undefined) answers[question.id] = value;
    }
    lines.push(JSON.stringify(answers));
  }
  return lines;
}

/** Median profiles/s over `rounds` passes of `run` on every line, after one pass to warm up. */
function profilesPerSecond(lines: readonly string[], run: (line: string) => unknown, rounds: number): number {
  const rates: number[] = [];
  for (let round = 0; round <= rounds; round += 1) {
    const start = process.hrtime.bigint();
    for (const line of lines) run(line);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (round > 0) rates.push(lines.length / seconds);
  }
  return median(rates);
}

/** Measures the three ways on `count` generated lines. */
export async function measureStreamingScorer(kit: StreamingKit, count = 100_000): Promise<StreamingResult> {
  const lines = answerLines(kit.questionnaire, count);
  const score = kit.createBatchScorer(kit.questionnaire);
  for (const line of lines.slice(0, 100)) if (!score(JSON.parse(line)).ok) throw new Error(`a generated line does not score: ${line}`);
  let sink = 0;
  const batch = profilesPerSecond(
    lines,
    (line) => {
      const result = score(JSON.parse(line));
      sink += result.ok ? JSON.stringify(result.record).length : 0;
    },
    5,
  );
  // The floor is ~10× slower: a tenth of the lines gives as steady a median in a tenth of the time.
  const plain = profilesPerSecond(lines.slice(0, Math.ceil(count / 10)), (line) => (sink += JSON.stringify(kit.scoreAnswers(kit.questionnaire, JSON.parse(line))).length), 3);

  const folder = mkdtempSync(join(os.tmpdir(), 'rk-bench-'));
  try {
    const file = join(folder, 'answers.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const times: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const start = process.hrtime.bigint();
      const { exitCode } = await kit.scoreFile(file);
      times.push(Number(process.hrtime.bigint() - start) / 1e9);
      if (exitCode !== 0) throw new Error(`score --ndjson exited ${exitCode} on the generated file`);
    }
    const averageLineBytes = lines.reduce((sum, line) => sum + line.length + 1, 0) / lines.length;
    if (sink === 0) throw new Error('nothing was scored');
    return { lines: count, averageLineBytes, batch, cli: count / median(times), plain, cliLabel: kit.cliLabel };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `score --ndjson` through the built binary, a child process writing to /dev/null: the whole path a user runs. */
export function scoreFileWithBinary(binary: string): (path: string) => Promise<{ exitCode: number }> {
  return async (path) => {
    const sink = openSync(os.devNull, 'w');
    try {
      const run = spawnSync(process.execPath, [binary, 'score', '--ndjson', path], { stdio: ['ignore', sink, 'pipe'] });
      return { exitCode: run.status ?? 2 };
    } finally {
      closeSync(sink);
    }
  };
}

const TARGET = 100_000;

/** The report's lines: one per way, with the target's verdict on the batch scorer. */
export function formatStreaming(result: StreamingResult): string[] {
  const rate = (value: number) => `${Math.round(value).toLocaleString('en')} profiles/s`;
  return [
    `Streaming batch scoring, bundled assessment, ${result.lines.toLocaleString('en')} generated lines of ~${Math.round(result.averageLineBytes)} bytes, one core:`,
    `- batch scorer (JSON.parse + createBatchScorer + JSON.stringify of the record): ${rate(result.batch)}; target ≥ ${rate(TARGET)}: ${result.batch >= TARGET ? 'met' : 'MISSED'}`,
    `- whole command, score --ndjson (${result.cliLabel}): ${rate(result.cli)}`,
    `- plain floor (JSON.parse + scoreAnswers + JSON.stringify of the full profile): ${rate(result.plain)}; the batch scorer is ${(result.batch / result.plain).toFixed(1)}× it`,
  ];
}

// Alone: on the sources, the command run in memory through runCli (output counted, not kept).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { createBatchScorer, scoreAnswers, parseQuestionnaire } = await import('../src/core');
  const { socialMediaAssessment } = await import('../src/content/social-media');
  const { runCli } = await import('../src/cli/runCli');
  const { createReadStream } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const parsed = parseQuestionnaire(socialMediaAssessment);
  if (!parsed.ok) throw new Error('the bundled assessment does not validate');
  const kit: StreamingKit = {
    questionnaire: parsed.value,
    createBatchScorer,
    scoreAnswers,
    cliLabel: 'runCli in memory, lines read from a file with readline, output counted and dropped',
    scoreFile: async (path) => {
      let written = 0;
      const exitCode = await runCli(['score', '--ndjson', path], {
        stdout: (text) => void (written += text.length),
        stderr: () => {},
        readFile: async () => '',
        readLines: (file) => createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity }),
        drain: async () => {},
      });
      return { exitCode: written > 0 ? exitCode : 2 };
    },
  };
  const result = await measureStreamingScorer(kit, Number(process.argv[2] ?? 100_000));
  console.log(formatStreaming(result).join('\n'));
}
