import { useCallback, useRef, useState, type RefObject } from 'react';

/** The room a chart has: its frame's width and the font size of its text, both in CSS px. */
export interface FrameSize {
  width: number;
  fontSize: number;
}

/** What `useFrameSize` returns: the refs to attach and the latest size. */
export interface FrameSizeState<Frame extends Element, Text extends Element> {
  /** A callback ref for the element whose content width the chart may fill. */
  frameRef: (frame: Frame | null) => void;
  /** The element whose computed font size the chart's labels have. */
  textRef: RefObject<Text | null>;
  /** The measured size, or `fallback` until measured (on a server, and in the first render). */
  size: FrameSize;
}

/**
 * Measures a chart's frame when it mounts and whenever it resizes, so that the chart can be laid out
 * in real pixels and its text keeps its CSS size. On a server, and where `ResizeObserver` is missing,
 * the fallback stands: the first render is the same on both sides, so hydration matches.
 */
export function useFrameSize<Frame extends Element, Text extends Element>(fallback: FrameSize): FrameSizeState<Frame, Text> {
  const textRef = useRef<Text>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const [size, setSize] = useState(fallback);

  // A callback ref rather than an effect: the frame may mount later than the component (a chart that first had nothing to draw).
  const frameRef = useCallback((frame: Frame | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!frame || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const width = Math.floor(frame.getBoundingClientRect().width);
      const fontSize = textRef.current ? parseFloat(getComputedStyle(textRef.current).fontSize) : NaN;
      // A frame not laid out (display: none, a closed <details>) has no width: keep the last layout.
      if (width <= 0) return;
      setSize((last) => {
        const next = { width, fontSize: Number.isFinite(fontSize) && fontSize > 0 ? fontSize : last.fontSize };
        return next.width === last.width && next.fontSize === last.fontSize ? last : next;
      });
    };
    // Measured at once, before the browser paints, so the fallback layout is never seen where the frame is laid out.
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(frame);
  }, []);

  return { frameRef, textRef, size };
}
