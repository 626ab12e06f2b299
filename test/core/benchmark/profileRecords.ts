import type { ProfileRecord } from '../../../src/core';
import { seededRandom } from '../../../src/playground/simulate/seededRandom';

export { seededRandom };


export const MARKETS = ['b2b', 'b2c', 'both', null] as const;
export const SIZES = ['solo', 'small', 'medium', 'large', null] as const;
export const DIMENSIONS = ['platforms', 'content', 'measurement'] as const;

/** Scores where rounding is easy to get wrong: halves, the double just under 0.5, the ends. */
const EDGES = [0, 0.5, 0.49999999999999994, 1.5, 2.5, 49.5, 50.5, 99.49999999999999, 99.5, 100, 64.5, 12.25, 33.333333333333336];

/** A score: often an edge, else whole, one decimal or any fraction; sometimes null. */
function score(random: () => number, nullShare: number): number | null {
  const pick = random();
  if (pick < nullShare) return null;
  if (pick < nullShare + 0.2) return EDGES[Math.floor(random() * EDGES.length)]!;
  if (pick < nullShare + 0.4) return Math.floor(random() * 101);
  if (pick < nullShare + 0.7) return Math.round(random() * 1000) / 10;
  return random() * 100;
}

/**
 * Profile records as `score --ndjson` writes them: segment cells of very different sizes (some a handful,
 * so withholding has work to do), unanswered segment questions, null scores, provisional profiles, two versions.
 */
export function generateRecords(count: number, seed: number): ProfileRecord[] {
  const random = seededRandom(seed);
  // Skewed cell weights: cubes of uniforms make a few big cells and many small ones.
  const cells = MARKETS.flatMap((market) => SIZES.map((size) => ({ market, size, weight: random() ** 3 })));
  const totalWeight = cells.reduce((sum, cell) => sum + cell.weight, 0);
  const pickCell = () => {
    let left = random() * totalWeight;
    for (const cell of cells) {
      left -= cell.weight;
      if (left <= 0) return cell;
    }
    return cells[cells.length - 1]!;
  };
  return Array.from({ length: count }, (_, index): ProfileRecord => {
    const { market, size } = pickCell();
    return {
      questionnaire: `b2b-social-media@${random() < 0.8 ? '2.0.0' : '2.1.0'}`,
      id: `r${index}`,
      index: score(random, 0.03),
      tier: null,
      provisional: random() < 0.06,
      completeness: 1,
      dimensions: Object.fromEntries(DIMENSIONS.map((id) => [id, score(random, 0.15)])),
      axes: { orientation: 0 },
      fit: 'unknown',
      segment: { market, company_size: size, role: 'owner' },
      recommendations: [],
    };
  });
}
