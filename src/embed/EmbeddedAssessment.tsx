import type { Answers, Issue, StorageAdapter } from '../core';
import { socialMediaAssessment, socialMediaReference } from '../content/social-media';
import { AssessmentErrorPanel, AssessmentProvider, AssessmentWizard, type UseAssessmentOptions } from '../react';
import { AssessmentDialog } from '../react/dialog';
import type { EmbedAttributes } from './readAttributes';
import type { EmbeddedBenchmark } from './readBenchmark';
import type { EmbeddedDefinition } from './readDefinition';
import { useEmbeddedBenchmark } from './useEmbeddedBenchmark';

/** The callbacks through which the element hears what the respondent does. */
export type EmbeddedCallbacks = Pick<UseAssessmentOptions, 'onAnswer' | 'onAnswersChange' | 'onStepChange' | 'onComplete' | 'onRestoreIssues' | 'onFunnelEvent'>;

/** Props of the embed's React tree: the element's attributes, definition, saved answers and callbacks. */
export interface EmbeddedAssessmentProps {
  attributes: EmbedAttributes;
  definition: EmbeddedDefinition;
  defaultAnswers: Answers | undefined;
  /** Inside the shadow root, so the dialog is styled and sealed off from the page. */
  dialogContainer: HTMLElement;
  /** Where answers are saved when the element has a `storage-key` (localStorage, key as given). */
  storage: StorageAdapter;
  callbacks: EmbeddedCallbacks;
  /** The inline `<script type="application/json" data-benchmark>`, read when the element mounted; unused when `benchmark-src` is set. */
  inlineBenchmark?: EmbeddedBenchmark;
  /** Told why the benchmark from `benchmark-src` cannot be used (the element reports it as `readiness:error`). */
  onBenchmarkIssues?: (issues: readonly Issue[]) => void;
}

/** The issues of a definition that is not even JSON, else none. */
const jsonIssues = (definition: EmbeddedDefinition): Issue[] | undefined =>
  definition && 'issues' in definition ? definition.issues : undefined;

/** What `<readiness-assessment>` renders in its shadow root: the wizard inline or in the dialog. */
export function EmbeddedAssessment(props: EmbeddedAssessmentProps) {
  const { attributes, definition, defaultAnswers, dialogContainer, storage, callbacks } = props;
  const benchmark = useEmbeddedBenchmark(attributes.benchmarkSrc, props.inlineBenchmark ?? null, props.onBenchmarkIssues);
  const issues = jsonIssues(definition);
  if (issues) return <AssessmentErrorPanel issues={issues} />;
  // The script-tag build is self-contained: without a definition of the page's own, it runs the bundled assessment.
  const custom = definition && 'questionnaire' in definition ? definition : null;
  return (
    <AssessmentProvider
      questionnaire={custom ? custom.questionnaire : socialMediaAssessment}
      reference={custom ? undefined : socialMediaReference}
      benchmark={benchmark}
      locale={attributes.locale}
      currency={attributes.currency}
      defaultAnswers={defaultAnswers}
      storage={attributes.storageKey ? storage : undefined}
      storageKey={attributes.storageKey}
      quickCheck={attributes.quickCheck}
      {...callbacks}
    >
      {attributes.mode === 'dialog' ? (
        <AssessmentDialog container={dialogContainer} triggerLabel={attributes.triggerLabel} layout={attributes.layout} />
      ) : (
        <AssessmentWizard layout={attributes.layout} />
      )}
    </AssessmentProvider>
  );
}
