/*
 * The radar laid out in real pixels for the width it is given, so that its labels keep their CSS font
 * size (a scaled viewBox shrank them to ~8 px on a phone): the radius is what the widest side label
 * leaves, each label wraps to the room beside its spoke, and labels that would touch are moved apart.
 * Pure: no React, no DOM.
 */
import { estimateTextWidth, widestUnbreakable, wrapBalanced } from '../../utils/textMetrics';

/** What a spoke's label says: the dimension, then its score (or "Not enough answers") on the last line. */
export interface RadarLabelText {
  label: string;
  value: string;
}

/** A label's box, in px from the chart's top left corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One spoke's label, laid out. */
export interface RadarLabel {
  /** The x of the text anchor: the box's left, centre or right edge. */
  x: number;
  /** The baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The label's lines, then the value's. */
  lines: string[];
  box: Box;
}

/** The radar's geometry. */
export interface RadarLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  lineHeight: number;
  labels: RadarLabel[];
}

/** What `layoutRadar` is given besides the labels. */
export interface RadarLayoutOptions {
  /** The width to fill, px. */
  width: number;
  /** The labels' font size, px. */
  fontSize: number;
}

const PAD = 4;
/** A label's width stops growing here (in em), so that wide charts keep compact, balanced labels. */
const MAX_LABEL_EM = 10;
/** The radius never grows beyond this share of the width, so that wide charts keep room for labels. */
const MAX_RADIUS_SHARE = 0.3;
const MIN_RADIUS = 24;

const overlaps = (a: Box, b: Box, margin: number) =>
  a.left < b.right + margin && b.left < a.right + margin && a.top < b.bottom + margin && b.top < a.bottom + margin;

/** The distance from (x, y) to the nearest point of `box`. */
function distanceTo(box: Box, x: number, y: number): number {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy);
}

const shift = (box: Box, dy: number): Box => ({ ...box, top: box.top + dy, bottom: box.bottom + dy });

/**
 * Lays out a radar of `labels.length` spokes, the first at the top, clockwise, for `width` px with
 * labels of `fontSize` px. No label overlaps another or the plot, and none reaches past the width
 * unless a single word is wider than the room beside its spoke.
 * @example layoutRadar([{ label: 'Social proof', value: '100' }, …], { width: 390, fontSize: 12.8 })
 */
export function layoutRadar(labels: readonly RadarLabelText[], { width, fontSize }: RadarLayoutOptions): RadarLayout {
  const count = Math.max(labels.length, 1);
  const lineHeight = Math.round(fontSize * 1.3);
  const gap = Math.max(6, Math.round(fontSize * 0.6));
  const angle = (index: number) => -Math.PI / 2 + (index * 2 * Math.PI) / count;
  const anchorOf = (cos: number): RadarLabel['anchor'] => (cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle');

  // The radius: what the widest word of the side labels leaves beside the spokes that reach furthest out.
  const sideReach = Math.max(0, ...labels.map((_, index) => Math.abs(Math.cos(angle(index)))).filter((cos) => cos > 0.3));
  const widestWord = Math.max(
    fontSize * 4.5,
    ...labels.map(({ label, value }) => Math.max(widestUnbreakable(label, fontSize), estimateTextWidth(value, fontSize, true))),
  );
  const fromSides = sideReach > 0 ? (width / 2 - PAD - widestWord) / sideReach : width / 2 - PAD;
  const labelDistance = Math.max(MIN_RADIUS + gap, Math.min(fromSides, width * MAX_RADIUS_SHARE + gap));
  const radius = labelDistance - gap;
  const cx = width / 2;
  const cy = 0;
  // The neighbours of a top or bottom label sit this far to either side; it must not reach under them.
  const neighbourOffset = count > 2 ? labelDistance * Math.abs(Math.sin((2 * Math.PI) / count)) : width;

  const laidOut = labels.map(({ label, value }, index) => {
    const cos = Math.cos(angle(index));
    const sin = Math.sin(angle(index));
    const anchor = anchorOf(cos);
    const x = cx + labelDistance * cos;
    const y = cy + labelDistance * sin;
    const room =
      anchor === 'start'
        ? width - PAD - x
        : anchor === 'end'
          ? x - PAD
          : Math.min(2 * Math.min(x - PAD, width - PAD - x), 2 * neighbourOffset - 2 * gap);
    const lines = [...wrapBalanced(label, Math.min(fontSize * MAX_LABEL_EM, Math.max(room, fontSize * 4)), fontSize), value];
    const textWidth = Math.max(...lines.map((line, lineIndex) => estimateTextWidth(line, fontSize, lineIndex === lines.length - 1)));
    const height = lines.length * lineHeight;
    // Labels above the centre grow upwards from their spoke's end, those below grow downwards, those at the sides are centred on it.
    const top = sin < -0.3 ? y - height + lineHeight * 0.3 : sin > 0.3 ? y - lineHeight * 0.3 : y - height / 2;
    let left = anchor === 'start' ? x : anchor === 'end' ? x - textWidth : x - textWidth / 2;
    // A word wider than its room would reach past the edge: move the label in instead.
    left = Math.max(PAD, Math.min(left, width - PAD - textWidth));
    const box: Box = { left, top, right: left + textWidth, bottom: top + height };
    return { anchor, lines, box, upper: sin < 0 };
  });

  // Moves labels apart, and off the plot: upper ones upwards, lower ones downwards, until nothing touches.
  const clearance = fontSize * 0.25;
  for (let pass = 0; pass < 100; pass += 1) {
    let moved = false;
    for (const label of laidOut) {
      const inside = radius + clearance - distanceTo(label.box, cx, cy);
      if (inside > 0.5) {
        label.box = shift(label.box, label.upper ? -inside : inside);
        moved = true;
      }
    }
    for (let i = 0; i < laidOut.length; i += 1)
      for (let j = i + 1; j < laidOut.length; j += 1) {
        const a = laidOut[i]!;
        const b = laidOut[j]!;
        if (!overlaps(a.box, b.box, clearance)) continue;
        const [upper, lower] = a.box.top <= b.box.top ? [a, b] : [b, a];
        const overlap = upper.box.bottom + clearance - lower.box.top;
        if (upper.upper && lower.upper) upper.box = shift(upper.box, -overlap);
        else if (!upper.upper && !lower.upper) lower.box = shift(lower.box, overlap);
        else {
          upper.box = shift(upper.box, -overlap / 2);
          lower.box = shift(lower.box, overlap / 2);
        }
        moved = true;
      }
    if (!moved) break;
  }

  const top = Math.min(cy - radius, ...laidOut.map(({ box }) => box.top)) - PAD;
  const bottom = Math.max(cy + radius, ...laidOut.map(({ box }) => box.bottom)) + PAD;
  return {
    width,
    height: Math.ceil(bottom - top),
    cx,
    cy: cy - top,
    radius,
    lineHeight,
    // Moved down so that the topmost label or the plot starts at the top, less the padding.
    labels: laidOut.map(({ anchor, lines, box: unshifted }) => {
      const box = shift(unshifted, -top);
      return {
        x: anchor === 'start' ? box.left : anchor === 'end' ? box.right : (box.left + box.right) / 2,
        // The first baseline sits a line's leading and ascent below the box's top.
        y: box.top + (lineHeight + fontSize * 0.7) / 2,
        anchor,
        lines,
        box,
      };
    }),
  };
}
