import { useEffect, type RefObject } from 'react';

/**
 * Opens the closed disclosures under `root` while the page prints and closes them again afterwards,
 * so paper shows the whole result. The print stylesheet does the same through `::details-content`
 * where the browser supports it (and for a PDF made without a print event); this covers the others.
 */
export function useOpenDisclosuresWhilePrinting(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...(root.current?.querySelectorAll<HTMLDetailsElement>('details[data-section]:not([open])') ?? [])];
      for (const details of opened) details.open = true;
    };
    // Only those it opened: a section the respondent had opened stays open.
    const restore = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', restore);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', restore);
    };
  }, [root]);
}
