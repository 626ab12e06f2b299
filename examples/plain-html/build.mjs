// Copies the static page and the kit's script-tag build (from the installed package) into dist/.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const kitDist = dirname(require.resolve('readiness-kit/package.json')) + '/dist';

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
cpSync('public', 'dist', { recursive: true });
cpSync(join(kitDist, 'embed.global.js'), 'dist/embed.global.js');
console.log('built dist/ with readiness-kit/dist/embed.global.js');
