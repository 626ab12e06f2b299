/** What a share link carries: answers to go on with, or a result to look at. */
export type ShareLinkKind = 'continue' | 'result';

/** The URL fragment parameter of each kind: in the fragment, so the answers never reach a server. */
const PARAMETER: Record<ShareLinkKind, string> = { continue: 'rk-continue', result: 'rk-result' };

/**
 * A link that carries `token` (from `encodeAnswers`) in the URL fragment of `baseUrl`, replacing any
 * fragment it had. Fragments are not sent to servers, nor in the `Referer` header.
 * @example shareLink('https://example.com/check', 'result', token) // 'https://example.com/check#rk-result=…'
 */
export function shareLink(baseUrl: string, kind: ShareLinkKind, token: string): string {
  const hash = baseUrl.indexOf('#');
  return `${hash >= 0 ? baseUrl.slice(0, hash) : baseUrl}#${PARAMETER[kind]}=${token}`;
}

/**
 * Reads a share link's kind and token from a URL or its fragment (`location.hash`); `null` when it
 * carries none. The token is not checked here: `decodeAnswers` does that.
 * @example readShareLink(location.hash) // { kind: 'continue', token: 'AQ…' } or null
 */
export function readShareLink(urlOrHash: string): { kind: ShareLinkKind; token: string } | null {
  const fragment = urlOrHash.slice(urlOrHash.indexOf('#') + 1);
  for (const pair of fragment.split('&')) {
    const [name, token] = pair.split('=', 2);
    for (const kind of ['continue', 'result'] as const) if (name === PARAMETER[kind] && token) return { kind, token };
  }
  return null;
}
