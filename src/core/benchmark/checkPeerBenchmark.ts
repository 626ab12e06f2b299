import { createIssue, formatPath, type Issue } from '../errors';
import type { PeerBenchmark, ScoreHistogram } from './benchmark.types';
import { HISTOGRAM_BINS, histogramTotal } from './histogram';
import { segmentIdOf, segmentValues } from './segmentKey';

type Segments = (string | number)[];

/** The histograms of segment `index`, each with its path. */
function histogramsOf(benchmark: PeerBenchmark, index: number): [Segments, ScoreHistogram][] {
  const segment = benchmark.segments[index]!;
  return [
    [['segments', index, 'index'], segment.index],
    ...Object.entries(segment.dimensions).map(([id, histogram]): [Segments, ScoreHistogram] => [['segments', index, 'dimensions', id], histogram]),
  ];
}

/**
 * What a benchmark's shape cannot say, under `base` (a file's position in a merge): `by` names each
 * question once, every histogram has 101 bins and counts no more scores than its segment has
 * respondents, every key is a prefix of `by`, and no segment comes twice.
 */
export function checkPeerBenchmark(benchmark: PeerBenchmark, base: Segments = []): Issue[] {
  const issues: Issue[] = [];
  // A map of first places, not indexOf per entry: a hostile `by` of 200,000 ids stays linear.
  const firstPlace = new Map<string, number>();
  benchmark.by.forEach((id, index) => {
    const first = firstPlace.get(id) ?? index;
    firstPlace.set(id, first);
    if (first !== index) issues.push(createIssue('duplicate_id', [...base, 'by', index], { id, firstPath: formatPath([...base, 'by', first]) }));
  });
  const seen = new Map<string, number>();
  benchmark.segments.forEach((segment, index) => {
    for (const [path, histogram] of histogramsOf(benchmark, index)) {
      if (histogram.length !== HISTOGRAM_BINS)
        issues.push(createIssue('wrong_histogram_length', [...base, ...path], { expected: HISTOGRAM_BINS, received: histogram.length }));
      const total = histogramTotal(histogram);
      if (total > segment.count) issues.push(createIssue('count_below_histogram', [...base, ...path], { count: segment.count, total }));
    }
    const values = segmentValues(benchmark.by, segment.key);
    if (values === undefined) {
      issues.push(createIssue('segment_key_not_prefix', [...base, 'segments', index, 'key'], { by: benchmark.by }));
      return;
    }
    const id = segmentIdOf(values);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else issues.push(createIssue('duplicate_segment', [...base, 'segments', index, 'key'], { firstPath: formatPath([...base, 'segments', first, 'key']) }));
  });
  return issues;
}
