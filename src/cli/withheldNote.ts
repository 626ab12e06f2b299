import type { PeerBenchmark } from '../core';
import { BIN } from './usage';

const segments = (count: number) => `${count} segment${count === 1 ? '' : 's'}`;

/**
 * What publishing withheld, for stderr: segments under the minimum, and those withheld besides so that
 * no smaller group can be worked out by subtraction; empty when nothing was withheld.
 * @example withheldNote(shard, published) // 'readiness-kit: 3 segments withheld: fewer than 20 respondents\n'
 */
export function withheldNote(shard: PeerBenchmark, published: PeerBenchmark): string {
  const shown = new Set(published.segments.map((segment) => JSON.stringify(segment.key)));
  const withheld = shard.segments.filter((segment) => !shown.has(JSON.stringify(segment.key)));
  if (withheld.length === 0) return '';
  const small = withheld.filter((segment) => segment.count < published.minGroupSize).length;
  const big = withheld.length - small;
  const notes = [
    ...(small > 0 ? [`${segments(small)} withheld: fewer than ${published.minGroupSize} respondents`] : []),
    ...(big > 0 ? [`${segments(big)} withheld so that no group under ${published.minGroupSize} can be worked out by subtraction`] : []),
  ];
  return notes.map((note) => `${BIN}: ${note}\n`).join('');
}
