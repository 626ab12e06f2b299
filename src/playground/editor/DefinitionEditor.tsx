import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, type KeyboardEvent } from 'react';
import { useIsomorphicLayoutEffect } from '../../react/utils/useIsomorphicLayoutEffect';
import { indentLines, type TextEdit } from './indentLines';
import { lineEnd } from './textLines';

/** Props of `DefinitionEditor`. */
export interface DefinitionEditorProps {
  /** The text (controlled). */
  value: string;
  /** Called with the new text on every edit. */
  onValueChange: (value: string) => void;
  /** The textarea's label. */
  label: string;
  /** A hint under the label: how the keyboard works. */
  hint: string;
  /** Lines to mark in the gutter (1-based): where issues are. */
  markedLines: ReadonlySet<number>;
  /** Id prefix for the label and hint. */
  idPrefix: string;
}

/** What the playground can do with the editor. */
export interface DefinitionEditorHandle {
  /** Focuses the textarea, puts the caret at `offset`, selects to the end of its line and scrolls it into view. */
  revealOffset: (offset: number, line: number) => void;
}

/** The gutter's line numbers, one per line, as a single text node (thousands of lines stay cheap). */
function lineNumbers(count: number): string {
  let out = '1';
  for (let line = 2; line <= count; line += 1) out += `\n${line}`;
  return out;
}

/**
 * A plain textarea with line numbers beside it, kept in step with its scrolling. Tab is left to the
 * browser, so it moves focus on as everywhere else; Ctrl+] and Ctrl+[ indent and outdent the lines
 * selected. No editor library: an admin page stays light.
 */
export const DefinitionEditor = forwardRef<DefinitionEditorHandle, DefinitionEditorProps>(function DefinitionEditor(
  { value, onValueChange, label, hint, markedLines, idPrefix },
  ref,
) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const pendingSelection = useRef<TextEdit | null>(null);
  const lineCount = useMemo(() => value.split('\n').length, [value]);
  const numbers = useMemo(() => lineNumbers(lineCount), [lineCount]);

  const syncGutter = useCallback(() => {
    if (textarea.current && gutter.current) gutter.current.style.transform = `translateY(${-textarea.current.scrollTop}px)`;
  }, []);

  // After an indent, the new text is rendered first; only then can the selection be put back.
  useIsomorphicLayoutEffect(() => {
    const edit = pendingSelection.current;
    if (!edit || !textarea.current || textarea.current.value !== edit.text) return;
    pendingSelection.current = null;
    textarea.current.setSelectionRange(edit.selectionStart, edit.selectionEnd);
  }, [value]);

  useImperativeHandle(
    ref,
    () => ({
      revealOffset: (offset, line) => {
        const element = textarea.current;
        if (!element) return;
        element.focus();
        element.setSelectionRange(offset, lineEnd(element.value, offset));
        // The caret's line, a third of the way down: the lines above give context.
        const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight) || 20;
        element.scrollTop = Math.max(0, (line - 1) * lineHeight - element.clientHeight / 3);
        element.scrollLeft = 0;
        syncGutter();
      },
    }),
    [syncGutter],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || (event.key !== ']' && event.key !== '[')) return;
    event.preventDefault();
    const element = event.currentTarget;
    const edit = indentLines(element.value, element.selectionStart, element.selectionEnd, event.key === ']' ? 'in' : 'out');
    if (edit.text === element.value) return;
    pendingSelection.current = edit;
    onValueChange(edit.text);
  };

  return (
    <div className="rk-Playground-editor">
      <label className="rk-Playground-label" htmlFor={`${idPrefix}-text`}>
        {label}
      </label>
      <p className="rk-Playground-hint" id={`${idPrefix}-hint`}>
        {hint}
      </p>
      <div className="rk-Playground-code">
        <div className="rk-Playground-gutter" aria-hidden="true">
          <div ref={gutter} className="rk-Playground-gutterInner">
            <pre className="rk-Playground-lineNumbers">{numbers}</pre>
            {[...markedLines].map((line) => (
              <span key={line} className="rk-Playground-mark" style={{ top: `calc(${line - 1} * var(--rk-Playground-line-height))` }} />
            ))}
          </div>
        </div>
        <textarea
          ref={textarea}
          id={`${idPrefix}-text`}
          className="rk-Playground-textarea"
          aria-describedby={`${idPrefix}-hint`}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          onScroll={syncGutter}
          onKeyDown={onKeyDown}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          wrap="off"
          dir="ltr"
        />
      </div>
    </div>
  );
});
