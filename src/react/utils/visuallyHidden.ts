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
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
