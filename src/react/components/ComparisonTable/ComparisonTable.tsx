import { useId } from 'react';
import { compareProfiles, type ComparisonReference, type DimensionComparison, type Profile } from '../../../core';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { formatValue } from '../../utils/formatValue';
import { partClassName, type PartClassName, type StylingProps } from '../../utils/partClassName';

/** Another profile shown as a column beside the main one, e.g. last quarter's or a colleague's. */
export interface ComparisonProfile {
  /** The column header, e.g. "Last quarter" or "Sales". */
  label: string;
  /** The profile, scored with the same questionnaire. */
  profile: Profile;
}

/** Props of `ComparisonTable`. */
export interface ComparisonTableProps extends ResultSourceProps, StylingProps {
  /** More profiles to compare, one column each, after the main profile. */
  profiles?: readonly ComparisonProfile[];
  /** Show the B2B and B2C practice columns (default true). */
  showReference?: boolean;
  /**
   * The reference rows by dimension id (e.g. `socialMediaReference.comparison`); default: the
   * provider's `reference`. Without any, the table shows the scores alone.
   */
  reference?: ComparisonReference;
  /** The main profile's column header (default: the `comparison.you` message). */
  primaryLabel?: string;
  /** The table's caption (default: the `comparison.title` message, or `comparison.scoresTitle` without reference columns). */
  caption?: string;
  /**
   * Adds a spread column (highest minus lowest score of those who answered, in whole numbers as
   * shown) and marks, in words, the dimension(s) with the largest spread: for a buying committee.
   */
  showSpread?: boolean;
  /**
   * Show the profiles' score columns (default true). `false` keeps the dimensions and the B2B and B2C
   * practice alone: for a page that shows the scores elsewhere, as `AssessmentResult` does in its chart.
   */
  showScores?: boolean;
}

/** The score of one dimension in one profile, or null if it has none. */
function scoreOf(profile: Profile, dimensionId: string): number | null {
  return profile.dimensions.find((dimension) => dimension.id === dimensionId)?.score ?? null;
}

interface ScoreCellProps {
  score: number | null;
  /** The column's header, shown beside the cell when the table stacks on a narrow screen. */
  label: string;
  locale: string;
  notAnswered: string;
  cn: PartClassName;
}

/** A score as a whole number with a small bar, or "Not answered": the bar only repeats the number. */
function ScoreCell({ score, label, locale, notAnswered, cn }: ScoreCellProps) {
  if (score === null)
    return (
      <td className={cn('score')} data-state="unanswered" data-label={label}>
        <span className={cn('notAnswered')}>{notAnswered}</span>
      </td>
    );
  const rounded = Math.round(Math.min(100, Math.max(0, score)));
  return (
    <td className={cn('score')} data-state="scored" data-label={label}>
      <span className={cn('value')}>{formatValue(rounded, 'count', { locale })}</span>
      <span className={cn('bar')} aria-hidden="true">
        <span className={cn('barFill')} style={{ width: `${rounded}%` }} />
      </span>
    </td>
  );
}

interface SpreadCellProps {
  comparison: DimensionComparison | undefined;
  /** The column's header, shown beside the cell when the table stacks. */
  label: string;
  isMost: boolean;
  locale: string;
  messages: { unknown: string; most: string };
  cn: PartClassName;
}

/** The spread of one dimension, or "Too few answers"; the most disputed row says so in words, not colour. */
function SpreadCell({ comparison, label, isMost, locale, messages, cn }: SpreadCellProps) {
  const spread = comparison?.spread ?? null;
  if (spread === null)
    return (
      <td className={cn('spread')} data-state="unknown" data-label={label}>
        <span className={cn('notAnswered')}>{messages.unknown}</span>
      </td>
    );
  return (
    <td className={cn('spread')} data-state="known" data-label={label}>
      <span className={cn('value')}>{formatValue(spread, 'count', { locale })}</span>
      {isMost && <span className={cn('mostDisagreement')}>{messages.most}</span>}
    </td>
  );
}

/**
 * A table with one row per dimension: the seeds' B2B and B2C practice for it, the profile's score,
 * and the scores of any other profiles (last quarter, each member of a buying committee), with their
 * spread and the most disputed dimension marked when `showSpread` is on. Narrower than 40rem (a
 * phone), each dimension becomes a card listing every column under its header's name, so nothing
 * is hidden off to the side; wider, a table too wide for its room scrolls inside a focusable region.
 * @example <ComparisonTable profile={now} profiles={[{ label: 'Last quarter', profile: before }]} />
 */
export function ComparisonTable(props: ComparisonTableProps) {
  const { profiles = [], showReference = true, primaryLabel, caption, className, unstyled } = props;
  const showScores = props.showScores ?? true;
  const showSpread = showScores && (props.showSpread ?? false);
  const { profile, questionnaire, locale, messages, text, reference: provided } = useResultSource('ComparisonTable', props);
  const cn = partClassName('ComparisonTable', { className, unstyled });
  const id = useId();
  const captionId = `${id}-caption`;
  const spreadNoteId = `${id}-spread`;
  const reference = props.reference ?? provided?.comparison;
  const hasReference = showReference && reference !== undefined;
  const columns = showScores ? [{ label: primaryLabel ?? messages['comparison.you'], profile }, ...profiles] : [];
  // Whole numbers, as the cells show them, so each spread is the difference a reader sees.
  const comparison = showSpread ? compareProfiles(columns, { scoreDecimals: 0 }) : undefined;
  const largestSpread = comparison?.byDisagreement[0]?.spread ?? 0;
  const comparisonOf = (dimensionId: string) => comparison?.dimensions.find((dimension) => dimension.id === dimensionId);
  const isMostDisputed = (dimensionId: string) => largestSpread > 0 && comparisonOf(dimensionId)?.spread === largestSpread;

  return (
    <div
      className={cn()}
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      data-reference={hasReference ? 'shown' : 'hidden'}
      data-spread={showSpread ? 'shown' : undefined}
    >
      <table className={cn('table')} aria-describedby={showSpread ? spreadNoteId : undefined}>
        <caption id={captionId} className={cn('caption')}>
          <span className={cn('captionText')}>
            {caption ?? (hasReference ? messages['comparison.title'] : messages['comparison.scoresTitle'])}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={cn('dimensionHeader')}>
              {messages['comparison.dimension']}
            </th>
            {hasReference && (
              <>
                <th scope="col" className={cn('referenceHeader')} data-pole="b2b">
                  {messages['comparison.b2b']}
                </th>
                <th scope="col" className={cn('referenceHeader')} data-pole="b2c">
                  {messages['comparison.b2c']}
                </th>
              </>
            )}
            {columns.map((column, index) => (
              <th key={index} scope="col" className={cn('profileHeader')} data-primary={index === 0 || undefined}>
                {column.label}
              </th>
            ))}
            {showSpread && (
              <th scope="col" className={cn('spreadHeader')}>
                {messages['comparison.spread']}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {questionnaire.dimensions.map((dimension) => {
            const row = hasReference ? reference[dimension.id] : undefined;
            return (
              <tr
                key={dimension.id}
                className={cn('row')}
                data-dimension={dimension.id}
                data-disagreement={showSpread && isMostDisputed(dimension.id) ? 'most' : undefined}
              >
                <th scope="row" className={cn('dimension')}>
                  {text(dimension.label)}
                </th>
                {hasReference && (
                  <>
                    <td className={cn('reference')} data-pole="b2b" data-label={messages['comparison.b2b']}>
                      {text(row?.b2b)}
                    </td>
                    <td className={cn('reference')} data-pole="b2c" data-label={messages['comparison.b2c']}>
                      {text(row?.b2c)}
                    </td>
                  </>
                )}
                {columns.map((column, index) => (
                  <ScoreCell
                    key={index}
                    score={scoreOf(column.profile, dimension.id)}
                    label={column.label}
                    locale={locale}
                    notAnswered={messages['comparison.notAnswered']}
                    cn={cn}
                  />
                ))}
                {showSpread && (
                  <SpreadCell
                    comparison={comparisonOf(dimension.id)}
                    label={messages['comparison.spread']}
                    isMost={isMostDisputed(dimension.id)}
                    locale={locale}
                    messages={{ unknown: messages['comparison.spreadUnknown'], most: messages['comparison.mostDisagreement'] }}
                    cn={cn}
                  />
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {showSpread && (
        <p id={spreadNoteId} className={cn('spreadNote')}>
          {messages['comparison.spreadDescription']}
        </p>
      )}
    </div>
  );
}
