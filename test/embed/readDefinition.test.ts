// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../src/core';
import { readDefinition } from '../../src/embed/readDefinition';

/** An element holding `json` as its definition child. */
function withDefinition(json: string): Element {
  const element = document.createElement('readiness-assessment');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
  return element;
}

afterEach(() => vi.restoreAllMocks());

describe('readDefinition', () => {
  it('reports a definition the parser runs out of stack on as too_deep where it nests too deep, not as invalid JSON', () => {
    const deep = `{"rules":[{"when":${'{"not":'.repeat(5_001)}{"question":"market","equals":"b2b"}${'}'.repeat(5_001)}}]}`;
    // Chromium's and Node's parsers manage this depth; an engine with a smaller stack throws.
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const read = readDefinition(withDefinition(deep));
    expect(read).toEqual({ issues: [expect.objectContaining({ code: 'too_deep', path: `rules[0].when${'.not'.repeat(LIMITS.maxDepth - 2)}` })] });
  });

  it('still reports text that is not JSON as invalid_json, in the parser’s words', () => {
    expect(readDefinition(withDefinition('{"id": '))).toEqual({ issues: [expect.objectContaining({ code: 'invalid_json' })] });
  });
});
