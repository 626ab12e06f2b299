import type { ProfileRecord } from '../batch/profileRecord.types';

/** The fields of a profile record a benchmark reads; every `ProfileRecord` is one. */
export type BenchmarkRecord = Pick<ProfileRecord, 'questionnaire' | 'provisional' | 'index' | 'dimensions' | 'segment'>;
