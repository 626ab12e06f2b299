'use client';
/**
 * readiness-kit/share: the read-only result behind a share link. Its own entry because decoding a
 * token costs about 1.4 kB gzip that a host without result links never needs. The links themselves
 * come from the wizard (`shareBaseUrl`) or from `shareLink` and `encodeAnswers` in readiness-kit/core.
 */
export { SharedResult, type SharedResultProps } from './components/SharedResult/SharedResult';
