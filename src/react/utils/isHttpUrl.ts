/** True for an absolute `http:` or `https:` URL: never `javascript:`, `data:` or a relative link. */
export function isHttpUrl(url: string | undefined): url is string {
  if (url === undefined) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
