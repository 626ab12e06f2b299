import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Questionnaire } from '../core';
import { resolveIssueMessages, resolveUiMessages } from '../react/i18n/resolveUiMessages';
import { headingTag, type HeadingLevel } from '../react/utils/heading';
import { textDirection } from '../react/utils/textDirection';
import type { AssessmentPlaygroundProps } from './AssessmentPlayground.types';
import { DefinitionEditor, type DefinitionEditorHandle } from './editor/DefinitionEditor';
import { fillPlaygroundMessage, resolvePlaygroundMessages } from './i18n/resolvePlaygroundMessages';
import { PreviewPane } from './preview/PreviewPane';
import { SimulatePanel } from './simulate/SimulatePanel';
import { checkDefinitionText } from './validation/checkDefinitionText';
import { IssueList } from './validation/IssueList';

const NO_PERSONAS = {};

/** The definition as the editor shows it: text as given, an object as JSON indented by two spaces. */
function toText(definition: AssessmentPlaygroundProps['initialDefinition']): string {
  return typeof definition === 'string' ? definition : JSON.stringify(definition, null, 2);
}

/**
 * An authoring playground for a vendor's admin: a JSON editor with line numbers, the definition's
 * issues (each one a button to its line), the live wizard of the last valid version beside it, and a
 * simulation that scores a persona's or seeded random answers and shows the profile and which rules
 * fire and which do not. Needs `readiness-kit/styles.css` and `readiness-kit/playground.css`.
 * @example
 * <AssessmentPlayground initialDefinition={definition} personas={{ 'Enterprise SaaS': answers }} onChange={(json, result) => result.ok && save(json)} />
 */
export function AssessmentPlayground(props: AssessmentPlaygroundProps) {
  const { initialDefinition, personas = NO_PERSONAS, reference, locale = 'en', onChange, validationDelay = 300, initialSeed = 1, headingLevel = 2 } = props;
  const ids = useId();
  const [text, setText] = useState(() => toText(initialDefinition));
  const checkedText = useDebounced(text, validationDelay);
  const messages = useMemo(() => resolvePlaygroundMessages(locale, props.messages), [locale, props.messages]);
  const uiMessages = useMemo(() => resolveUiMessages(locale), [locale]);
  const issueCatalog = useMemo(() => resolveIssueMessages(locale), [locale]);
  const check = useMemo(() => checkDefinitionText(checkedText, issueCatalog), [checkedText, issueCatalog]);
  const editor = useRef<DefinitionEditorHandle>(null);

  // The last valid definition stays on show while the text is broken.
  const [lastValid, setLastValid] = useState<Questionnaire | null>(() => (check.result.ok ? check.result.value : null));
  if (check.result.ok && check.result.value !== lastValid) setLastValid(check.result.value);

  const latestOnChange = useRef(onChange);
  latestOnChange.current = onChange;
  // Only the author's edits are reported, not the definition the host passed in.
  const hasEdited = useRef(false);
  const edit = (value: string) => {
    hasEdited.current = true;
    setText(value);
  };
  useEffect(() => {
    if (hasEdited.current) latestOnChange.current?.(checkedText, check.result);
  }, [checkedText, check]);

  const markedLines = useMemo(() => new Set(check.issues.map((entry) => entry.location.line)), [check]);
  const isChecking = checkedText !== text;
  const isValid = check.result.ok;
  const Title = headingTag(headingLevel);
  const PanelTitle = headingTag(headingLevel, 1);
  const panelLevel = (headingLevel + 1) as HeadingLevel;

  return (
    <section className={['rk-Root rk-Playground', props.className].filter(Boolean).join(' ')} aria-labelledby={`${ids}-title`} lang={locale} dir={textDirection(locale)} data-state={isValid ? 'valid' : 'invalid'}>
      <Title id={`${ids}-title`} className="rk-Playground-title">
        {messages['playground.title']}
      </Title>
      <div className="rk-Playground-layout">
        <div className="rk-Playground-authoring">
          <section className="rk-Playground-panel" aria-labelledby={`${ids}-editorTitle`}>
            <PanelTitle id={`${ids}-editorTitle`} className="rk-Playground-sectionTitle">
              {messages['editor.title']}
            </PanelTitle>
            <DefinitionEditor
              ref={editor}
              value={text}
              onValueChange={edit}
              label={messages['editor.label']}
              hint={messages['editor.hint']}
              markedLines={markedLines}
              idPrefix={ids}
            />
          </section>
          <section className="rk-Playground-panel" aria-labelledby={`${ids}-issuesTitle`} data-state={isValid ? 'valid' : 'invalid'}>
            <PanelTitle id={`${ids}-issuesTitle`} className="rk-Playground-sectionTitle">
              {messages['issues.title']}
            </PanelTitle>
            <p className="rk-Playground-status" role="status">
              {isValid ? messages['issues.none'] : fillPlaygroundMessage(messages, 'issues.count', { count: check.issues.length }, locale)}
            </p>
            {isChecking && (
              <p className="rk-Playground-note" aria-hidden="true">
                {messages['issues.checking']}
              </p>
            )}
            {check.issues.length > 0 && <IssueList issues={check.issues} messages={messages} onReveal={(entry) => editor.current?.revealOffset(entry.location.offset, entry.location.line)} />}
          </section>
        </div>
        <div className="rk-Playground-trying">
          <section className="rk-Playground-panel rk-Playground-preview" aria-labelledby={`${ids}-previewTitle`}>
            <PanelTitle id={`${ids}-previewTitle`} className="rk-Playground-sectionTitle">
              {messages['preview.title']}
            </PanelTitle>
            {!isValid && (
              <p className="rk-Playground-note" data-state="stale">
                {lastValid ? messages['preview.stale'] : messages['preview.none']}
              </p>
            )}
            {lastValid && <PreviewPane questionnaire={lastValid} reference={reference} locale={locale} />}
          </section>
          <SimulatePanel
            questionnaire={lastValid}
            personas={personas}
            initialSeed={initialSeed}
            reference={reference}
            locale={locale}
            messages={messages}
            uiMessages={uiMessages}
            headingLevel={panelLevel}
          />
        </div>
      </div>
    </section>
  );
}

/** The text to check: the latest, once typing has paused. */
function useDebounced(text: string, delay: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (delay <= 0) return undefined;
    const timer = setTimeout(() => setSettled(text), delay);
    return () => clearTimeout(timer);
  }, [text, delay]);
  return delay <= 0 ? text : settled;
}
