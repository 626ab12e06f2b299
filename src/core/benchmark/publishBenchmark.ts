import type { PeerBenchmark, PeerSegment } from './benchmark.types';
import { DEFAULT_MIN_GROUP_SIZE, normaliseMinGroupSize } from './benchmarkFormat';
import { compareSegmentValues, segmentIdOf, segmentValues, type SegmentValues } from './segmentKey';

interface Node {
  segment: PeerSegment;
  values: SegmentValues;
}

/** The segment that comes first when two are equally small: the smaller count, then segment order. */
const smallestFirst = (a: Node, b: Node) => a.segment.count - b.segment.count || compareSegmentValues(a.values, b.values);

/**
 * The segments that may be shown: each has at least `minGroupSize` respondents and a shown parent, and
 * under every shown parent the respondents outside its shown children number 0 or at least
 * `minGroupSize`. Without that last rule, a parent of 25 with a shown child of 21 would give away the
 * other 4 by subtraction; withholding the smallest shown child as well makes the rest at least one
 * full group. So every group whose figures can be computed from the shown segments, by any sums and
 * differences, has at least `minGroupSize` respondents.
 */
function shownSegments(benchmark: PeerBenchmark, minGroupSize: number): Set<PeerSegment> {
  const children = new Map<string, Node[]>();
  let root: Node | undefined;
  for (const segment of benchmark.segments) {
    const values = segmentValues(benchmark.by, segment.key);
    // A key that is no prefix of `by` belongs to no tree: it is withheld (parsePeerBenchmark reports it).
    if (values === undefined) continue;
    const node = { segment, values };
    if (values.length === 0) root = node;
    else {
      const parentId = segmentIdOf(values.slice(0, -1));
      children.set(parentId, [...(children.get(parentId) ?? []), node]);
    }
  }
  const shown = new Set<PeerSegment>();
  const queue = root !== undefined && root.segment.count >= minGroupSize ? [root] : [];
  for (let next = 0; next < queue.length; next += 1) {
    const parent = queue[next]!;
    shown.add(parent.segment);
    const candidates = (children.get(segmentIdOf(parent.values)) ?? []).filter((child) => child.segment.count >= minGroupSize);
    const rest = parent.segment.count - candidates.reduce((sum, child) => sum + child.segment.count, 0);
    if (rest > 0 && rest < minGroupSize && candidates.length > 0) {
      // One more child is enough: it has at least minGroupSize respondents of its own.
      const smallest = candidates.reduce((a, b) => (smallestFirst(b, a) < 0 ? b : a));
      candidates.splice(candidates.indexOf(smallest), 1);
    }
    queue.push(...candidates);
  }
  return shown;
}

/**
 * A benchmark ready to publish: segments with fewer than `minGroupSize` respondents are withheld, and so
 * are the descendants of a withheld segment and, where needed, one more segment per parent, so that no
 * group smaller than `minGroupSize` can be worked out by subtracting shown segments from their parent.
 * The guarantee: every shown segment, and every group whose counts or histograms follow from the shown
 * segments by sums and differences, has at least `minGroupSize` respondents. `withheld` adds the
 * segments removed now to those removed before. A fractional `minGroupSize` is rounded up.
 * @example publishBenchmark(builder.toShard(), 20).withheld // 3
 */
export function publishBenchmark(benchmark: PeerBenchmark, minGroupSize: number = DEFAULT_MIN_GROUP_SIZE): PeerBenchmark {
  const minimum = normaliseMinGroupSize(minGroupSize);
  const shown = shownSegments(benchmark, minimum);
  const segments = benchmark.segments.filter((segment) => shown.has(segment));
  return {
    ...benchmark,
    questionnaire: { id: benchmark.questionnaire.id, versions: [...benchmark.questionnaire.versions] },
    by: [...benchmark.by],
    minGroupSize: minimum,
    shard: false,
    withheld: benchmark.withheld + benchmark.segments.length - segments.length,
    segments,
  };
}
