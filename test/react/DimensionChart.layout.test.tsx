import { describe, expect, it } from 'vitest';
import { localise } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { layoutRadar, type Box } from '../../src/react/components/DimensionChart/radarLayout';
import { estimateTextWidth, wrapBalanced, wrapToWidth } from '../../src/react/utils/textMetrics';
import { longTextQuestionnaire } from '../../stories/fixtures/profiles';

/*
 * The pure geometry behind the chart's text: wrapping without a browser, and the radar's layout in
 * pixels. The real rendering is checked in Chromium (test/browser/DimensionRadar.browser.test.tsx).
 */

const labelsOf = (locale: string, questionnaire = socialMediaAssessment) =>
  questionnaire.dimensions.map((dimension) => ({ label: localise(dimension.label, locale), value: '100' }));

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('wrapToWidth', () => {
  it('breaks at spaces, a word wider than the line on a line of its own', () => {
    const width = estimateTextWidth('Community and', 14);
    expect(wrapToWidth('Community and information sharing', width, 14)).toEqual(['Community and', 'information', 'sharing']);
    expect(wrapToWidth('Measurement', 10, 14)).toEqual(['Measurement']);
  });

  it('breaks Chinese between characters, keeping closing punctuation with the character before it', () => {
    const threeCharacters = estimateTextWidth('內容、', 14);
    expect(wrapToWidth('內容、訊息與語氣', threeCharacters, 14)).toEqual(['內容、', '訊息與', '語氣']);
    // A line may not start with '、': the character before it goes down with it.
    expect(wrapToWidth('內容、訊息', estimateTextWidth('內容', 14), 14)).toEqual(['內', '容、', '訊息']);
    expect(wrapToWidth('內容、訊息與語氣', 1000, 14)).toEqual(['內容、訊息與語氣']);
  });

  it('gives direction marks no width', () => {
    expect(estimateTextWidth('\u202EMeasurement\u202C', 14)).toBe(estimateTextWidth('Measurement', 14));
  });
});

describe('wrapBalanced', () => {
  it('evens the lines out rather than leave a lone character or word', () => {
    const fourCharacters = estimateTextWidth('平台與進', 12.8);
    expect(wrapToWidth('平台與進駐', fourCharacters, 12.8)).toEqual(['平台與進', '駐']);
    expect(wrapBalanced('平台與進駐', fourCharacters, 12.8)).toEqual(['平台與', '進駐']);
    const wide = estimateTextWidth('Goals and sales', 12.8);
    expect(wrapBalanced('Goals and sales cycle', wide, 12.8)).toEqual(['Goals and', 'sales cycle']);
  });

  it('never needs more lines than wrapping line by line', () => {
    for (const { label } of labelsOf('en', longTextQuestionnaire))
      for (const width of [60, 90, 140])
        expect(wrapBalanced(label, width, 12.8).length).toBe(wrapToWidth(label, width, 12.8).length);
  });
});

describe('layoutRadar', () => {
  const cases = [320, 390, 560].flatMap((width) => ['en', 'zh-Hant', 'ha'].map((locale) => ({ width, locale })));

  it.each(cases)('keeps every label apart, off the plot and within $width px ($locale)', ({ width, locale }) => {
    const labels = labelsOf(locale);
    const layout = layoutRadar(labels, { width, fontSize: 12.8 });
    expect(layout.width).toBe(width);
    expect(layout.labels).toHaveLength(10);
    for (const [index, { box, lines }] of layout.labels.entries()) {
      // Every word of the label, then its value.
      expect(lines.slice(0, -1).join(locale === 'zh-Hant' ? '' : ' ')).toBe(labels[index]!.label);
      expect(lines.at(-1)).toBe('100');
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(layout.height);
      const nearest = Math.hypot(Math.max(box.left - layout.cx, 0, layout.cx - box.right), Math.max(box.top - layout.cy, 0, layout.cy - box.bottom));
      expect(nearest).toBeGreaterThanOrEqual(layout.radius);
      for (const other of layout.labels.slice(index + 1)) expect(overlaps(box, other.box)).toBe(false);
    }
  });

  it('gives the plot more room as the width grows, and the text keeps its size', () => {
    const labels = labelsOf('en');
    const radii = [320, 390, 560].map((width) => layoutRadar(labels, { width, fontSize: 12.8 }).radius);
    expect(radii[0]).toBeLessThan(radii[1]!);
    expect(radii[1]).toBeLessThan(radii[2]!);
    expect(layoutRadar(labels, { width: 320, fontSize: 16 }).lineHeight).toBeGreaterThan(layoutRadar(labels, { width: 320, fontSize: 12.8 }).lineHeight);
  });

  it('grows taller for long labels rather than letting them overlap', () => {
    const short = layoutRadar(labelsOf('en'), { width: 320, fontSize: 12.8 });
    const long = layoutRadar(labelsOf('en', longTextQuestionnaire), { width: 320, fontSize: 12.8 });
    expect(long.height).toBeGreaterThan(short.height);
    for (const [index, { box }] of long.labels.entries()) for (const other of long.labels.slice(index + 1)) expect(overlaps(box, other.box)).toBe(false);
  });
});
