import { describe, expect, it } from 'vitest';
import { readShareLink, shareLink } from '../../../src/core';

describe('share links', () => {
  it('puts the token in the fragment, replacing any fragment the page had, and reads it back', () => {
    expect(shareLink('https://example.com/check?utm=1#top', 'continue', 'AQID')).toBe('https://example.com/check?utm=1#rk-continue=AQID');
    expect(readShareLink('https://example.com/check#rk-result=AQID')).toEqual({ kind: 'result', token: 'AQID' });
    expect(readShareLink('#rk-continue=AQID')).toEqual({ kind: 'continue', token: 'AQID' });
    expect(readShareLink('#other=1&rk-result=Zz_-')).toEqual({ kind: 'result', token: 'Zz_-' });
  });

  it('finds nothing in a page address without one', () => {
    for (const url of ['https://example.com/', '', '#', '#rk-result=', '#rk-unknown=AQID']) expect(readShareLink(url)).toBeNull();
  });
});
