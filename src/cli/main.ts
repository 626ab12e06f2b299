import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { ExitCode, runCli } from './runCli';

/*
 * The `readiness-kit` binary. Kept thin so the logic is tested in memory through runCli; this file
 * only wires Node's streams and file system in, and makes sure no stack trace ever reaches a user.
 */
const quietOnClosedPipe = (error: NodeJS.ErrnoException) => {
  // `readiness-kit score … | head` closes the pipe early; that is not a failure worth a trace.
  // Any other write error is neither the input's fault nor the command line's: not 1 or 2.
  process.exit(error.code === 'EPIPE' ? ExitCode.ok : ExitCode.internal);
};
process.stdout.on('error', quietOnClosedPipe);
process.stderr.on('error', quietOnClosedPipe);

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    readLines: (path) => createInterface({ input: path === '-' ? process.stdin : createReadStream(path, 'utf8'), crlfDelay: Infinity }),
    drain: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
    },
  });
} catch (error) {
  // runCli never throws; this is the last guard, and it too says the kit failed, not the command line.
  process.stderr.write(`readiness-kit: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exitCode = ExitCode.internal;
}
