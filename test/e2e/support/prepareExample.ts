import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { packKit, repoRoot } from './packKit';

/** How long each step took, in ms, for the report a test file may print. */
export interface PrepareTimings {
  ci: number;
  installKit: number;
  build: number;
}

/** Options of `prepareExample`. */
export interface PrepareExampleOptions {
  /** Extra environment for npm and the example's build (NEXT_TELEMETRY_DISABLED=1 is always set). */
  env?: Record<string, string>;
  /** Receives each step's duration once the example is built. */
  onTimings?: (timings: PrepareTimings) => void;
}

/**
 * The environment for the example's npm and build: this process's, without what vitest and an outer
 * `npm run` set (NODE_ENV=test would give a development React build; npm's local prefix would point
 * the nested npm at the root package).
 */
function hostEnv(extra: Record<string, string> | undefined): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && !/^npm_(package_|lifecycle_|config_local_prefix)/.test(key),
  );
  return { ...Object.fromEntries(inherited), NEXT_TELEMETRY_DISABLED: '1', npm_config_update_notifier: 'false', ...extra };
}

/** Runs a command in `cwd`, keeping its output so that a failure shows npm's own error. */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(Math.round(performance.now() - started));
      else reject(new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd} (exit ${code}):\n${output.slice(-8000)}`));
    });
  });
}

/**
 * Installs and builds `examples/<name>` as a host would: `npm ci` from its own lockfile, then the kit
 * from the packed tarball (never from src; `--no-save` keeps the lockfile valid), then its production
 * build. Returns the example's absolute directory.
 */
export async function prepareExample(name: string, options: PrepareExampleOptions = {}): Promise<string> {
  const dir = join(repoRoot, 'examples', name);
  const tarball = packKit();
  const env = hostEnv(options.env);
  const quiet = ['--no-audit', '--no-fund'];
  const ci = await run('npm', ['ci', ...quiet], dir, env);
  const installKit = await run('npm', ['install', '--no-save', ...quiet, tarball], dir, env);
  const build = await run('npm', ['run', 'build'], dir, env);
  const timings = { ci, installKit, build };
  console.log(`[e2e] prepared examples/${name}: npm ci ${ci} ms, kit install ${installKit} ms, build ${build} ms`);
  options.onTimings?.(timings);
  return dir;
}
