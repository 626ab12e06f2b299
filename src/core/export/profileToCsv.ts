import { localise, DEFAULT_LOCALE } from '../i18n/localise';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import type { Profile } from '../scoring/scoring.types';
import { csvField, formatCsvNumber } from './csvFormat';

/** The columns of `profileToCsv`, in order. */
export const PROFILE_CSV_COLUMNS = [
  'kind',
  'id',
  'label',
  'value',
  'unit',
  'status',
  'reason',
  'band',
  'standing',
  'benchmark_min',
  'benchmark_max',
  'target',
] as const;

/** A column of `profileToCsv`. */
export type ProfileCsvColumn = (typeof PROFILE_CSV_COLUMNS)[number];

/** Options of `profileToCsv`. */
export interface ProfileToCsvOptions {
  /** The locale of the labels (default `en`), with the usual fallback chain. */
  locale?: string;
  /** Start with a UTF-8 byte order mark, which Excel needs to read non-ASCII labels right (default false). */
  byteOrderMark?: boolean;
}

type CsvRecord = Partial<Record<ProfileCsvColumn, string | number | null | undefined>>;

const cell = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : typeof value === 'number' ? formatCsvNumber(value) : csvField(value);

/**
 * A profile as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed), with a header
 * row of `PROFILE_CSV_COLUMNS` and then:
 * - one `index` row: the readiness index (0–100) as `value`, the tier reached as `id` and `label`;
 *   `status` `provisional` (no tier: too little answered) or `not_answered` (no index either);
 * - one `dimension` row per dimension: its score (0–100, unit `score`), `status` `ok` or
 *   `not_answered` (then `value` is empty);
 * - one `kpi` row per KPI: its value in its `unit` (a percent is 0–100; currency is the host's),
 *   `status` `ok` or `not_available` with a `reason`, and its `band`, `standing`, benchmark and target.
 *
 * Numbers are unrounded and locale-independent (`.` decimal, no grouping); labels are in `locale`,
 * written as they are: a host's label starting with `=`, `+`, `-` or `@` would read as a formula in
 * a spreadsheet (the bundled labels do not), so keep such labels out of a questionnaire meant for export.
 * Throws a `TypeError` when `questionnaire` is not the one the profile was scored with.
 * @example profileToCsv(profile, socialMediaAssessment, { locale: 'zh-Hant' })
 */
export function profileToCsv(profile: Profile, questionnaire: Questionnaire, options: ProfileToCsvOptions = {}): string {
  if (questionnaire.id !== profile.questionnaireId)
    throw new TypeError(`profileToCsv: the profile was scored with "${profile.questionnaireId}", not "${questionnaire.id}"`);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const labelOf = (list: readonly { id: string; label: Questionnaire['title'] }[] | undefined, id: string) => {
    const found = list?.find((entry) => entry.id === id);
    return found ? localise(found.label, locale) : id;
  };

  const records: CsvRecord[] = [
    {
      kind: 'index',
      id: profile.tier,
      label: profile.tier === null ? null : labelOf(questionnaire.tiers, profile.tier),
      value: profile.index,
      unit: 'score',
      status: profile.index === null ? 'not_answered' : profile.provisional ? 'provisional' : 'ok',
    },
    ...profile.dimensions.map(
      (dimension): CsvRecord => ({
        kind: 'dimension',
        id: dimension.id,
        label: labelOf(questionnaire.dimensions, dimension.id),
        value: dimension.score,
        unit: 'score',
        status: dimension.score === null ? 'not_answered' : 'ok',
      }),
    ),
    ...profile.kpis.map(
      (kpi): CsvRecord => ({
        kind: 'kpi',
        id: kpi.id,
        label: labelOf(questionnaire.kpis, kpi.id),
        value: kpi.value,
        unit: kpi.unit,
        status: kpi.status,
        reason: kpi.reason,
        band: kpi.band,
        standing: kpi.standing,
        benchmark_min: kpi.benchmark?.min,
        benchmark_max: kpi.benchmark?.max,
        target: kpi.target,
      }),
    ),
  ];
  const lines = [
    PROFILE_CSV_COLUMNS.join(','),
    ...records.map((record) => PROFILE_CSV_COLUMNS.map((column) => cell(record[column])).join(',')),
  ];
  return `${options.byteOrderMark ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
