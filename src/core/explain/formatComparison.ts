import type { ReasonComparison } from '../scoring/scoring.types';
import type { ReasonMessages } from './explain.types';
import { fillMessage } from './fillMessage';

type Bound = 'lt' | 'lte' | 'gt' | 'gte';

const OPPOSITE: Record<Bound, Bound> = { lt: 'gte', lte: 'gt', gt: 'lte', gte: 'lt' };
const isBound = (op: string): op is Bound => op in OPPOSITE;

/**
 * The numeric thresholds among a reason's tests, each as a true statement (a negated `lte 33` is
 * `gt 33`), reduced to the tightest upper and lower bound.
 * @example numericBounds([{ op: 'lte', value: 33, negated: true }]) // [{ op: 'gt', value: 33 }]
 */
export function numericBounds(comparisons: readonly ReasonComparison[] | undefined): { op: Bound; value: number }[] {
  let upper: { op: Bound; value: number } | undefined;
  let lower: { op: Bound; value: number } | undefined;
  for (const comparison of comparisons ?? []) {
    if (!isBound(comparison.op)) continue;
    const op = comparison.negated ? OPPOSITE[comparison.op] : comparison.op;
    const bound = { op, value: comparison.value as number };
    if (op === 'lt' || op === 'lte') {
      if (!upper || bound.value < upper.value || (bound.value === upper.value && op === 'lt')) upper = bound;
    } else if (!lower || bound.value > lower.value || (bound.value === lower.value && op === 'gt')) lower = bound;
  }
  return [lower, upper].filter((bound) => bound !== undefined);
}

/**
 * A reason's thresholds in words ("below 33", "at least 10 and below 40"), or null when it has none;
 * the lower bound first.
 * An inclusive bound the value is strictly past reads as the strict one: 7 against "33 or less" is
 * simply "below 33"; only a value on the bound reads "at most 33".
 * @example formatComparison([{ op: 'lte', value: 33, negated: false }], 7, String, reasonMessagesEn) // 'below 33'
 */
export function formatComparison(
  comparisons: readonly ReasonComparison[] | undefined,
  actual: number | null,
  formatThreshold: (threshold: number) => string,
  messages: ReasonMessages,
): string | null {
  const phrases = numericBounds(comparisons).map(({ op, value }) => {
    const strictlyPast = actual !== null && (op === 'lte' ? actual < value : op === 'gte' ? actual > value : true);
    const key =
      op === 'lt' || (op === 'lte' && strictlyPast)
        ? 'recommendations.reason.below'
        : op === 'gt' || (op === 'gte' && strictlyPast)
          ? 'recommendations.reason.above'
          : op === 'lte'
            ? 'recommendations.reason.atMost'
            : 'recommendations.reason.atLeast';
    return fillMessage(messages[key], { threshold: formatThreshold(value) });
  });
  const [first, second] = phrases;
  if (first === undefined) return null;
  return second === undefined ? first : fillMessage(messages['recommendations.reason.bothBounds'], { lower: first, upper: second });
}
