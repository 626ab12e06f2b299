/*
 * What the chart's parts share: how each series is drawn, and the rows of scores they draw.
 */

/** How a series is drawn: the main one solid, the others by pattern (bars) or dash and marker (radar). */
export type SeriesStyle = 'solid' | 'hatch' | 'dots' | 'cross';

const comparisonStyles: readonly SeriesStyle[] = ['hatch', 'dots', 'cross'];

/** The style of the series at `index`: solid for the main profile (0), patterns in turn for the others. */
export const seriesStyle = (index: number): SeriesStyle =>
  index === 0 ? 'solid' : (comparisonStyles[(index - 1) % comparisonStyles.length] ?? 'hatch');

/** Line dashes of the radar's series, in the order of `SeriesStyle`. */
export const dashes: Record<SeriesStyle, string | undefined> = { solid: undefined, hatch: '8 4', dots: '2 3', cross: '10 3 2 3' };

/** One drawn dimension: its label and each series' score (null when not answered). */
export interface Row {
  id: string;
  label: string;
  scores: (number | null)[];
  /** The peers' median score, drawn as a tick; null when the benchmark has no peer scored here, absent without a benchmark. */
  peerMedian?: number | null;
}
