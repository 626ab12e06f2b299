import type { CSSProperties } from 'react';

/**
 * Hides content visually but keeps it for screen readers. Inline, so it works even when the host
 * does not load the kit's stylesheet or sets `unstyled`.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  // No negative margin: at the left edge of a right-to-left page it stuck out 1px and scrolled the page.
  margin: 0,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
