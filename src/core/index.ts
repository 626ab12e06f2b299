/**
 * readiness-kit/core: the headless core. Schemas, validation, scoring, KPIs, recommendations, the
 * assessment store, storage and share tokens. Never imports React, nor the bundled assessment
 * (that is `readiness-kit/social-media`).
 */
export type * from './questionnaire/questionnaire.types';
export { defineQuestionnaire } from './questionnaire/defineQuestionnaire';
export { parseQuestionnaire, isValidatedQuestionnaire } from './questionnaire/parseQuestionnaire';
export type { Answers, AnswerValue } from './answers/answers.types';
export { validateAnswers, validateAnswer, type ValidateAnswersOptions } from './answers/validateAnswers';
export { isAnswered } from './answers/isAnswered';
export { conditionHolds, evaluateCondition, type ConditionContext } from './conditions/evaluateCondition';
export { countQuestionsAdded } from './conditions/countQuestionsAdded';
export { scoreAnswers } from './scoring/scoreAnswers';
export type * from './scoring/scoring.types';
export { computeKpi, computeKpis } from './kpis/computeKpis';
export { getRecommendations } from './recommendations/getRecommendations';
export { localise, localeChain, DEFAULT_LOCALE } from './i18n/localise';
export { negotiateLocale, normaliseLocale } from './i18n/negotiateLocale';
export {
  createIssue,
  formatPath,
  prettifyIssues,
  ReadinessError,
  type Issue,
  type IssueCode,
  type IssueParams,
  type Result,
} from './errors';
export { LIMITS } from './limits';
export { capIssues } from './capIssues';
export { formatIssueMessage, issueMessagesEn, type IssueMessageCatalog, type IssueMessageFormatter } from './issueMessages';
/** Issue messages in Traditional Chinese and Hausa, for `localiseIssues` or `formatIssueMessage`. */
export { issueMessagesZhHant } from './i18n/issueMessages.zh-Hant';
export { issueMessagesHa } from './i18n/issueMessages.ha';
/** Re-renders issues' messages in another language. */
export { localiseIssues } from './i18n/localiseIssues';
export * from './store';
/** The quick check (a definition's short first pass) and time estimates for "about N minutes left". */
export * from './quickCheck';
/** Why a recommendation came up, in plain sentences: the formatter the React views and the CLI share, with its catalogs. */
export { explainReasons, reasonMessagesEn, reasonMessagesZhHant, reasonMessagesHa, reasonMessagesFor } from './explain';
export type { ExplainOptions, ReasonMessages } from './explain';
/** The types of reference content shown beside a profile (comparison rows, network rings). */
export type * from './reference/reference.types';
export { compareProfiles } from './comparison/compareProfiles';
export type { CompareProfilesOptions, DimensionComparison, LabelledProfile, ProfileComparison } from './comparison/comparison.types';
export { profileToJson, toProfileExport, type ProfileToJsonOptions } from './export/profileToJson';
export { parseProfileJson } from './export/parseProfileJson';
export { PROFILE_EXPORT_FORMAT, PROFILE_EXPORT_VERSION, type ProfileExport } from './export/profileExport.types';
export { profileToCsv, PROFILE_CSV_COLUMNS, type ProfileCsvColumn, type ProfileToCsvOptions } from './export/profileToCsv';
export { csvField, formatCsvNumber } from './export/csvFormat';
/** Storage: the adapter interface, the versioned snapshot, and what restoring found. */
export type { RestoredSnapshot, RestoreStatus, Snapshot, StorageAdapter } from './storage/storage.types';
/** An in-memory storage adapter (tests, servers, and the fallback when storage refuses). */
export { createMemoryStorage } from './storage/memoryStorage';
/** A localStorage adapter with namespaced keys (`readiness-kit:<key>`). */
export { createLocalStorage, type LocalStorageOptions } from './storage/localStorageAdapter';
/** Wraps an adapter so it never throws: falls back to memory on the first throw and reports it once. */
export { createResilientStorage, type ResilientStorage, type ResilientStorageOptions } from './storage/resilientStorage';
/** Saves answers as a versioned snapshot; restores one, migrating another version and keeping anything unusable aside. */
export { saveSnapshot, restoreSnapshot, setAsideKey } from './storage/snapshots';
/** Encodes answers as a compact, URL-safe, checksummed share token. */
export { encodeAnswers } from './share/encodeAnswers';
/** Decodes a share token into validated answers, or coded issues; never throws. */
export { decodeAnswers } from './share/decodeAnswers';
/** The longest share token `decodeAnswers` reads, in characters. */
export { MAX_TOKEN_LENGTH } from './share/shareToken';
/** Builds and reads share links: the token in the URL fragment, never sent to a server. */
export { shareLink, readShareLink, type ShareLinkKind } from './share/shareLink';

// Peer benchmarks: mergeable histograms per segment, and the respondent's place among peers.
export type { PeerBenchmark, PeerSegment, ScoreHistogram } from './benchmark/benchmark.types';
export { HISTOGRAM_BINS, binOf, emptyHistogram, histogramMedian, histogramTotal, peerPercentile } from './benchmark/histogram';
export { findPeerSegment } from './benchmark/findPeerSegment';
/** Builds benchmarks from profile records, merges shards exactly, withholds small groups, reads benchmark files. */
export { createBenchmarkBuilder, type BenchmarkBuilder, type BenchmarkBuilderOptions, type ToBenchmarkOptions } from './benchmark/createBenchmarkBuilder';
export { mergeBenchmarks, type MergeBenchmarksOptions } from './benchmark/mergeBenchmarks';
export { publishBenchmark } from './benchmark/publishBenchmark';
export { parsePeerBenchmark } from './benchmark/parsePeerBenchmark';
export { parseBenchmarkRecord } from './benchmark/parseBenchmarkRecord';
export type { BenchmarkRecord } from './benchmark/benchmarkRecord.types';
export { BENCHMARK_FORMAT, BENCHMARK_FORMAT_VERSION, DEFAULT_MIN_GROUP_SIZE } from './benchmark/benchmarkFormat';
export type { ProfileRecord } from './batch/profileRecord.types';
/** Scores many answers objects into profile records, fast: what `score --ndjson` runs on every line. */
export { createBatchScorer } from './batch/createBatchScorer';
export type { BatchScorer, BatchScoreResult } from './batch/batch.types';

// Drop-off without a vendor backend: funnel events from the store, and their summary per step.
export * from './funnel';
