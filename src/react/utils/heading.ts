/** The level a result view's own heading takes; its parts' headings sit one level below. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading element name. */
export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * The heading element `offset` levels below `level`, at most `h6`, so a view nested under a host's
 * own headings keeps the outline in order.
 * @example headingTag(3, 1) // 'h4'
 */
export function headingTag(level: HeadingLevel, offset = 0): HeadingTag {
  return `h${Math.min(level + offset, 6)}` as HeadingTag;
}
