import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTooDeepInText } from '../../../src/core/questionnaire/findTooDeepInText';
import { inspectJsonValue } from '../../../src/core/questionnaire/inspectJsonValue';

describe('findTooDeepInText', () => {
  it('finds, without parsing, the place the parsed value goes too deep, for any JSON and any limit', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 7 }), fc.boolean(), (value, limit, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const fromText = findTooDeepInText(text, limit);
        const fromValue = inspectJsonValue(JSON.parse(text), limit).tooDeep;
        expect(fromText?.issue).toEqual(fromValue);
      }),
      { seed: 16, numRuns: 1_000 },
    );
  });

  it('gives the offset of the item that goes past the limit, for the editor to point at', () => {
    const text = '{"a": [1, {"b c": [true]}]}';
    const found = findTooDeepInText(text, 3);
    expect(found?.issue).toMatchObject({ code: 'too_deep', path: 'a[1]["b c"][0]', params: { maximum: 3 } });
    expect(text.slice(found!.offset, found!.offset + 4)).toBe('true');
    expect(findTooDeepInText(text, 4)).toBeUndefined();
  });

  it('is not fooled by brackets, quotes and escapes inside strings', () => {
    const text = JSON.stringify({ '[{"': ['}]\\"[[[', { 'k\\"}': '{{{{{{{{' }] });
    expect(findTooDeepInText(text, 2)?.issue.path).toBe('["[{\\""][1]["k\\\\\\"}"]');
    expect(findTooDeepInText(text, 3)).toBeUndefined();
  });

  it('scans 100,000 levels with a list, not recursion', () => {
    const text = `${'{"not":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expect(findTooDeepInText(text, 64)?.issue.segments).toEqual(Array<string>(65).fill('not'));
  });

  it('reads text that is not JSON as far as its brackets go, without throwing', () => {
    expect(findTooDeepInText('[[[[ "unterminated', 2)?.issue.path).toBe('[0][0][0]');
    expect(findTooDeepInText(']]]}}}{', 1)).toBeUndefined();
    expect(findTooDeepInText('', 0)).toBeUndefined();
  });
});
