import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * The README's embedding code is copied from the example hosts the e2e suite proves. Each block
 * marked `<!-- example: <path> -->` must appear, line for line (indentation aside), in that file.
 */
const readme = readFileSync('README.md', 'utf8');
const marked = [...readme.matchAll(/<!-- example: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)].map(([, path, code]) => ({ path: path!, code: code! }));

/** The lines of a text with their indentation removed, rejoined: what must match. */
const lines = (text: string) => text.split('\n').map((line) => line.trim()).join('\n');

describe('README embedding code', () => {
  it('marks a block from each example host', () => {
    const hosts = new Set(marked.map(({ path }) => path.split('/')[1]));
    expect([...hosts].sort()).toEqual(['nextjs', 'plain-html', 'vite-react']);
  });

  it.each(marked.map((block) => [block.path, block] as const))('shows code that is in %s', (_, { path, code }) => {
    expect(lines(readFileSync(path, 'utf8'))).toContain(lines(code));
  });
});
