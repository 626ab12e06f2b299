import type { Issue } from '../errors';
import type { ProfileRecord } from './profileRecord.types';

/** What a batch scorer makes of one answers object: its record, or why it was refused. */
export type BatchScoreResult = { ok: true; record: ProfileRecord } | { ok: false; issues: Issue[] };

/**
 * Scores one answers object (as parsed from a line of NDJSON) into a `ProfileRecord`; never throws.
 * Its `id` field, when a string and not a question id, is the respondent's id, copied to the record.
 */
export type BatchScorer = (answers: unknown) => BatchScoreResult;
