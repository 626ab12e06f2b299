import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { runCli, type CliIo } from '../../src/cli/runCli';
import type { Questionnaire } from '../../src/core';

/** A small but complete questionnaire: two dimensions, an orientation axis, fit, a KPI and rules. */
export const fixtureQuestionnaire: Questionnaire = {
  id: 'fixture',
  version: '1.0.0',
  title: { en: 'Fixture assessment', 'zh-Hant': '測試評估' },
  locales: ['en', 'zh-Hant'],
  dimensions: [
    { id: 'audience', label: { en: 'Audience', 'zh-Hant': '受眾' }, weight: 3 },
    { id: 'measurement', label: { en: 'Measurement', 'zh-Hant': '衡量' } },
  ],
  axes: [{ id: 'orientation', label: 'Orientation', negativePole: 'B2C', positivePole: 'B2B' }],
  sections: [
    {
      id: 'profile',
      title: 'Profile',
      questions: [
        {
          id: 'market',
          type: 'single',
          label: 'Who do you sell to?',
          options: [
            { id: 'b2b', label: 'businesses' },
            { id: 'b2c', label: 'consumers' },
          ],
        },
        {
          id: 'platform',
          type: 'single',
          label: 'Where do you post most?',
          options: [
            { id: 'linkedin', label: 'LinkedIn', points: { audience: 4 }, axes: { orientation: 1 } },
            { id: 'tiktok', label: 'TikTok', points: { audience: 1 }, axes: { orientation: -1 } },
          ],
        },
        { id: 'tracking', type: 'likert', label: 'We track lead quality', points: { measurement: 4 } },
        { id: 'spend', type: 'number', label: 'Monthly ad spend', unit: 'currency', min: 0 },
        { id: 'leads', type: 'number', label: 'Leads per month', unit: 'count', min: 0, integer: true },
      ],
    },
  ],
  tiers: [
    { id: 'starting', label: { en: 'Starting', 'zh-Hant': '起步' }, min: 0, max: 40 },
    { id: 'growing', label: { en: 'Growing', 'zh-Hant': '成長' }, min: 40, max: 70 },
    { id: 'leading', label: { en: 'Leading', 'zh-Hant': '領先' }, min: 70, max: 100 },
  ],
  kpis: [
    {
      id: 'cpl',
      label: 'Cost per lead',
      unit: 'currency',
      direction: 'lower',
      numerator: 'spend',
      denominator: 'leads',
      benchmark: { min: 20, max: 80, source: 'Example survey', year: 2024 },
    },
  ],
  rules: [
    { id: 'fix-fit', priority: 'high', when: { fit: 'mismatch' }, title: 'Match your practice to your market', body: '…' },
    { id: 'measure', priority: 'medium', when: { dimension: 'measurement', lt: 40 }, title: 'Track lead quality', body: '…' },
  ],
  fit: { question: 'market', axis: 'orientation', targets: { b2b: 'positive', b2c: 'negative' } },
};

/** The lines of an in-memory file (`-` is standard input, given as a file named '-'), as the real CLI yields them. */
async function* linesOf(files: Record<string, string | NodeJS.ErrnoException>, path: string): AsyncGenerator<string> {
  const file = files[path];
  if (file === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  if (typeof file !== 'string') throw file;
  const lines = file.split(/\r?\n/);
  // readline yields no empty last line for a file ending in a newline.
  if (lines[lines.length - 1] === '') lines.pop();
  yield* lines;
}

/** An in-memory CLI: files from a map, output captured; `run` returns the exit code and all output. */
export function memoryCli(files: Record<string, string | NodeJS.ErrnoException> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: async (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      if (typeof file !== 'string') throw file;
      return file;
    },
    readLines: (path) => linesOf(files, path),
    drain: async () => {},
  };
  return { io, output: () => ({ stdout, stderr }) };
}

/** A Node-style file error with its code. */
export function fileError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed`), { code });
}

/** Runs the CLI in memory on `argv` with the given files; the exit code and everything written. */
export async function runInMemory(argv: string[], files: Record<string, string | NodeJS.ErrnoException> = {}) {
  const cli = memoryCli(files);
  const code = await runCli(argv, cli.io);
  return { code, ...cli.output() };
}

/** True when no line of the text looks like a stack frame (`    at fn (file:1:2)`). */
export function hasNoStackTrace(text: string): boolean {
  return !/^\s+at /m.test(text);
}

/** A CLI on the real file system (as `main.ts` wires it), output captured. */
export function diskCli() {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => readFile(path, 'utf8'),
    readLines: (path) => createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity }),
    drain: async () => {},
  };
  return { io, output: () => ({ stdout, stderr }) };
}
