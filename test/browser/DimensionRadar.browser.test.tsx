import '../../src/styles/index.css';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { DimensionChart } from '../../src/react';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { longTextQuestionnaire } from '../../stories/fixtures/profiles';

/*
 * The radar's labels as a phone shows them, in real Chromium with the kit's stylesheet: jsdom lays
 * nothing out. The rule: the radar is drawn in CSS pixels for its frame's width, so every label keeps
 * its CSS font size (at least 12 px), and no label overlaps another, the plot, or the frame's edges.
 */

const profile = scoreAnswers(socialMediaAssessment, enterpriseSaas);

afterEach(cleanup);

/** Renders the radar into a frame `width` px wide and returns the pieces to measure. */
function renderRadar(width: number, locale: string, questionnaire = socialMediaAssessment) {
  const { container } = render(
    <div className="rk-Root" data-theme="light" style={{ width }}>
      <DimensionChart questionnaire={questionnaire} profile={profile} locale={locale} variant="radar" />
    </div>,
  );
  const frame = container.firstElementChild as HTMLElement;
  const svg = frame.querySelector<SVGSVGElement>('svg.rk-DimensionChart-svg')!;
  const labels = [...svg.querySelectorAll<SVGTextElement>('text.rk-DimensionChart-label')];
  return { frame, svg, labels };
}

/** The CSS px a unit of the SVG's drawing takes on screen. */
const scaleOf = (svg: SVGSVGElement) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;

const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The distance from (x, y) to the nearest point of `box`. */
const distanceTo = (box: DOMRect, x: number, y: number) =>
  Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));

describe('DimensionChart radar on a phone', () => {
  const cases = [320, 360, 390].flatMap((width) => ['en', 'zh-Hant', 'ha'].map((locale) => ({ width, locale })));

  it.each(cases)('draws labels of at least 12 px, apart, off the plot and inside the frame at $width px ($locale)', ({ width, locale }) => {
    const { frame, svg, labels } = renderRadar(width, locale);
    expect(labels).toHaveLength(10);
    // Drawn 1:1 in CSS pixels: nothing scales the text down.
    expect(svg.viewBox.baseVal.width).toBe(width);
    expect(scaleOf(svg)).toBeCloseTo(1, 3);
    for (const label of labels) expect(parseFloat(getComputedStyle(label).fontSize) * scaleOf(svg)).toBeGreaterThanOrEqual(12);

    const boxes = labels.map((label) => label.getBoundingClientRect());
    const edges = frame.getBoundingClientRect();
    for (const [index, box] of boxes.entries()) {
      const name = labels[index]!.textContent;
      expect(box.left, `${name} left`).toBeGreaterThanOrEqual(edges.left);
      expect(box.right, `${name} right`).toBeLessThanOrEqual(edges.right);
      for (const other of boxes.slice(index + 1)) expect(intersects(box, other), `${name} overlaps another label`).toBe(false);
    }

    // The plot: every spoke starts at the centre and is as long as the radius.
    const spoke = svg.querySelector<SVGLineElement>('.rk-DimensionChart-spoke')!;
    const origin = svg.getBoundingClientRect();
    const cx = origin.left + spoke.x1.baseVal.value;
    const cy = origin.top + spoke.y1.baseVal.value;
    const radius = Math.hypot(spoke.x2.baseVal.value - spoke.x1.baseVal.value, spoke.y2.baseVal.value - spoke.y1.baseVal.value);
    for (const [index, box] of boxes.entries()) expect(distanceTo(box, cx, cy), `${labels[index]!.textContent} on the plot`).toBeGreaterThanOrEqual(radius);
  });

  it('keeps long labels apart too, by growing taller rather than overlapping', () => {
    const { svg, labels } = renderRadar(320, 'en', longTextQuestionnaire);
    const boxes = labels.map((label) => label.getBoundingClientRect());
    for (const [index, box] of boxes.entries()) for (const other of boxes.slice(index + 1)) expect(intersects(box, other)).toBe(false);
    expect(scaleOf(svg)).toBeCloseTo(1, 3);
  });

  it('lays itself out again when its frame is resized', async () => {
    const { frame, svg } = renderRadar(390, 'en');
    expect(svg.viewBox.baseVal.width).toBe(390);
    frame.style.width = '320px';
    // ResizeObserver reports at the next rendering step.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(svg.viewBox.baseVal.width).toBe(320);
    expect(scaleOf(svg)).toBeCloseTo(1, 3);
  });
});
