import type { Issue } from '../errors';
import type { SessionNavigation } from './session.types';

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a === b || (a.length === b.length && a.every((item, index) => item === b[index]));
}

function sameKeys(a: object, b: object): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key));
}

/** True when two issue lists say the same (code, path and message, in order). */
export function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((issue, index) => {
        const other = b[index]!;
        return issue.code === other.code && issue.path === other.path && issue.message === other.message;
      }))
  );
}

function sameErrors(a: SessionNavigation['errors'], b: SessionNavigation['errors']): boolean {
  return a === b || (sameKeys(a, b) && Object.keys(a).every((key) => sameIssues(a[key]!, b[key]!)));
}


/**
 * Returns `previous` when `next` holds the same values, else `next` sharing every unchanged part
 * with `previous`: React bails out of a render on an identical state, and memoised readers of
 * `errors` keep their cache.
 */
export function keepUnchanged(previous: SessionNavigation, next: SessionNavigation): SessionNavigation {
  if (previous === next) return previous;
  const errors = sameErrors(previous.errors, next.errors) ? previous.errors : next.errors;
  const visited = sameList(previous.visited, next.visited) ? previous.visited : next.visited;
  if (
    errors === previous.errors &&
    visited === previous.visited &&
    next.status === previous.status &&
    next.currentSectionId === previous.currentSectionId &&
    next.questionnaireId === previous.questionnaireId &&
    next.questionnaireVersion === previous.questionnaireVersion
  )
    return previous;
  return { ...next, errors, visited };
}
