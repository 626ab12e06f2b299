/** Ids are at most 64 characters (the definition's `IdSchema`): anything longer is echoed in an issue cut to this. */
const MAX_ECHOED = 64;

/**
 * An id as echoed in an issue's params and path: cut with `…` past 64 characters, so a 5 MB key is
 * reported in one readable line rather than copied into every message.
 * @example clipId('x'.repeat(100)).length // 65
 */
export function clipId(id: string): string {
  return id.length > MAX_ECHOED ? `${id.slice(0, MAX_ECHOED)}…` : id;
}
