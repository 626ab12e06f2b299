/**
 * True when `error` is the engine running out of stack: V8's and JavaScriptCore's `RangeError:
 * Maximum call stack size exceeded`, SpiderMonkey's `InternalError: too much recursion`. Told by
 * name and message, not `instanceof`, so an error from another realm (an iframe) is recognised too.
 * Other RangeErrors (`Invalid string length`) are not stack overflows.
 */
export function isStackOverflow(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return (name === 'RangeError' || name === 'InternalError') && typeof message === 'string' && /call stack|recursion/i.test(message);
}
