import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { socialMediaTextCatalogs } from '../../src/content/social-media';

/** The glossary's key-terms table: English term → [zh-Hant, ha]. */
function keyTerms(): Map<string, [string, string]> {
  const markdown = readFileSync('docs/glossary.md', 'utf8');
  const section = markdown.slice(markdown.indexOf('## Key terms'), markdown.indexOf('## Further terms'));
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| English'));
  return new Map(rows.map((row) => {
    const [english, zhHant, ha] = row.split(' | ').map((cell) => cell.replace(/^\| /, '').trim());
    return [english!.toLowerCase(), [zhHant!, ha!]];
  }));
}

/** The catalog keys whose texts are names the glossary must fix: tiers and dimensions. */
const namedKeys = Object.keys(socialMediaTextCatalogs.en!).filter((key) => /^(tier|dimension)\.\w+\.label$/.test(key));

describe('glossary', () => {
  const terms = keyTerms();

  it('lists every tier and dimension name', () => {
    expect(namedKeys.length).toBe(15);
    const missing = namedKeys.filter((key) => !terms.has(socialMediaTextCatalogs.en![key]!.toLowerCase()));
    expect(missing).toEqual([]);
  });

  it.each(namedKeys)('names %s in each language as the catalogs do', (key) => {
    const [zhHant, ha] = terms.get(socialMediaTextCatalogs.en![key]!.toLowerCase())!;
    expect(socialMediaTextCatalogs['zh-Hant']![key]).toBe(zhHant);
    expect(socialMediaTextCatalogs.ha![key]).toBe(ha);
  });
});
