import type { PeerSegment, ScoreHistogram } from './benchmark.types';
import { emptyHistogram } from './histogram';
import { compareSegmentValues, segmentIdOf, segmentKeyOf, type SegmentValues } from './segmentKey';

/** One segment's running totals. */
export interface SegmentTotals {
  values: SegmentValues;
  count: number;
  index: ScoreHistogram;
  dimensions: Map<string, ScoreHistogram>;
}

/** Running totals per segment, for building and merging benchmarks: memory grows with segments, not respondents. */
export interface SegmentTable {
  /** The totals of the segment with these values, created empty on first use. */
  segment: (values: SegmentValues) => SegmentTotals;
  /** A dimension's histogram in a segment, created empty on first use; the dimension is then in every segment. */
  dimension: (totals: SegmentTotals, dimensionId: string) => ScoreHistogram;
  /** Notes a dimension that every segment lists, even where nobody has a score in it. */
  noteDimension: (dimensionId: string) => void;
  /** The segments, coarsest first; each lists every dimension noted, in the order first seen. */
  toSegments: () => PeerSegment[];
}

/** Creates an empty segment table for a benchmark grouped by `by`. */
export function createSegmentTable(by: readonly string[]): SegmentTable {
  const segments = new Map<string, SegmentTotals>();
  const dimensionIds = new Set<string>();

  const segment = (values: SegmentValues): SegmentTotals => {
    const id = segmentIdOf(values);
    let totals = segments.get(id);
    if (totals === undefined) {
      totals = { values: [...values], count: 0, index: emptyHistogram(), dimensions: new Map() };
      segments.set(id, totals);
    }
    return totals;
  };

  const dimension = (totals: SegmentTotals, dimensionId: string): ScoreHistogram => {
    dimensionIds.add(dimensionId);
    let histogram = totals.dimensions.get(dimensionId);
    if (histogram === undefined) {
      histogram = emptyHistogram();
      totals.dimensions.set(dimensionId, histogram);
    }
    return histogram;
  };

  const toSegments = (): PeerSegment[] =>
    [...segments.values()]
      .sort((a, b) => compareSegmentValues(a.values, b.values))
      .map((totals) => ({
        key: segmentKeyOf(by, totals.values),
        count: totals.count,
        index: [...totals.index],
        // Every segment lists every dimension, so a merge never meets a histogram on one side only.
        dimensions: Object.fromEntries([...dimensionIds].map((id) => [id, [...(totals.dimensions.get(id) ?? emptyHistogram())]])),
      }));

  return { segment, dimension, noteDimension: (id) => void dimensionIds.add(id), toSegments };
}
