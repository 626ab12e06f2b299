import { describe, expect, it } from 'vitest';
import { estimateSeconds, estimateSecondsLeft, type Question } from '../../../src/core';

const single: Question = { id: 'a', type: 'single', label: 'A', options: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }] };
const multi: Question = { id: 'b', type: 'multi', label: 'B', options: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }] };
const figure: Question = { id: 'c', type: 'number', label: 'C' };
const note: Question = { id: 'd', type: 'text', label: 'D' };

describe('time estimates', () => {
  it('gives a choice less time than several choices, and those less than finding a figure', () => {
    expect(estimateSeconds(single)).toBeLessThan(estimateSeconds(multi));
    expect(estimateSeconds(multi)).toBeLessThan(estimateSeconds(figure));
  });

  it('counts only the questions not answered yet; blank text and an empty choice count as not answered', () => {
    const all = [single, multi, figure, note];
    const total = all.reduce((sum, question) => sum + estimateSeconds(question), 0);
    expect(estimateSecondsLeft(all, {})).toBe(total);
    expect(estimateSecondsLeft(all, { a: 'x', c: 0 })).toBe(total - estimateSeconds(single) - estimateSeconds(figure));
    expect(estimateSecondsLeft(all, { b: [], d: '   ' })).toBe(total);
    expect(estimateSecondsLeft(all, { a: 'x', b: ['y'], c: 3, d: 'done' })).toBe(0);
  });
});
