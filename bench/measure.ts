/*
 * The sampler every comparison uses: kit and SurveyJS samples interleaved in one loop, so drift in
 * the machine (thermal, GC, other processes) hits both sides alike; medians, not means.
 */

/** Median of a list of numbers (the list is sorted in place). */
export function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  return values.length % 2 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/** Milliseconds one call of `run` takes, by process.hrtime. */
export async function timeOnce(run: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Medians (ms) of `samples` timings of each side, alternating kit and SurveyJS, after `warmup` rounds. */
export async function alternate(
  sides: { kit: () => unknown; surveyjs: () => unknown },
  { samples, warmup }: { samples: number; warmup: number },
): Promise<{ kit: number; surveyjs: number }> {
  const kit: number[] = [];
  const surveyjs: number[] = [];
  for (let round = 0; round < warmup + samples; round += 1) {
    // Which side goes first flips every round, so neither always runs on a warmer cache.
    const order = round % 2 ? (['surveyjs', 'kit'] as const) : (['kit', 'surveyjs'] as const);
    for (const side of order) {
      const ms = await timeOnce(sides[side]);
      if (round >= warmup) (side === 'kit' ? kit : surveyjs).push(ms);
    }
  }
  return { kit: median(kit), surveyjs: median(surveyjs) };
}

/** Median ms per call of `run`, timing batches of `batch` calls (for calls too fast to time alone). */
export function batchedMedian(run: () => unknown, { samples, batch }: { samples: number; batch: number }): number {
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i += 1) run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6 / batch);
  }
  return median(times);
}
