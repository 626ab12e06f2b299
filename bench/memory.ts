/*
 * Heap per live model: N models built and answered, kept alive, heapUsed measured after a forced GC
 * before and after. Needs `node --expose-gc`; without it the figures are reported as unavailable.
 */

const gc = (globalThis as { gc?: () => void }).gc;

/** True when the process was started with --expose-gc. */
export const canMeasureMemory = typeof gc === 'function';

/** Bytes of heap each live instance made by `make` holds, averaged over `count` instances. */
export function heapPerInstance(make: () => unknown, count: number): number {
  if (!gc) return NaN;
  const keep: unknown[] = new Array(count);
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i += 1) keep[i] = make();
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (keep.length !== count) throw new Error('unreachable: keeps the instances alive until measured');
  return (after - before) / count;
}
