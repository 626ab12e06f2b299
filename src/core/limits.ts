import { MAX_DEPTH } from './questionnaire/findTooDeep';

/**
 * The kit's limits on what it reads, checked before any other work so that no input, however large,
 * costs more than its size or throws: each one broken is reported as a coded issue with a path.
 * A multi-choice answer may hold at most its question's `max` items, or as many as it has options.
 */
export const LIMITS = Object.freeze({
  /** Characters in any one string answer (`answer_too_long`; a text question's own `maxLength` is at most this). */
  maxAnswerLength: 10_000,
  /** Characters in a stored snapshot (`snapshot_too_large`): far above any real one, far below a browser's quota. */
  maxSnapshotLength: 2_000_000,
  /** Issues listed in one result; past them one `more_issues` issue says how many were left out. */
  maxIssues: 100,
  /** Levels a definition may nest (`too_deep`). */
  maxDepth: MAX_DEPTH,
});
