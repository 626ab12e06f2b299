import type { Answers } from '../answers/answers.types';
import { answerAt } from '../answers/readOwnData';
import type { PeerBenchmark, PeerSegment } from './benchmark.types';

/** The respondent's answer to a segment question as a segment value: an option id, or null when unanswered. */
function segmentValue(answers: Answers, questionId: string): string | null {
  const value = answerAt(answers, questionId);
  return typeof value === 'string' && value !== '' ? value : null;
}

function sameKey(key: PeerSegment['key'], wanted: Record<string, string | null>): boolean {
  const ids = Object.keys(key);
  return ids.length === Object.keys(wanted).length && ids.every((id) => key[id] === wanted[id]);
}

/**
 * The respondent's peers: the most specific segment of the benchmark that matches their answers and
 * has at least `minGroupSize` respondents (all `by` questions, then fewer, down to everyone); null when
 * none has, so too small a group is never shown.
 * @example findPeerSegment(benchmark, { market: 'b2b', company_size: 'small' })?.count // 340
 */
export function findPeerSegment(benchmark: PeerBenchmark, answers: Answers): PeerSegment | null {
  const values = benchmark.by.map((questionId) => segmentValue(answers, questionId));
  for (let length = benchmark.by.length; length >= 0; length -= 1) {
    // A respondent who left a segment question blank is compared with a coarser group, not "unanswered" peers.
    if (values.slice(0, length).includes(null)) continue;
    const wanted = Object.fromEntries(benchmark.by.slice(0, length).map((id, index) => [id, values[index]!]));
    const segment = benchmark.segments.find((candidate) => sameKey(candidate.key, wanted));
    if (segment && segment.count >= benchmark.minGroupSize) return segment;
  }
  return null;
}
