import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createLocalStorage, type Answers, type Issue } from '../core';
import { validateDefinition } from '../react/state/validateDefinition';
import { dispatchReadinessEvent } from './dispatchReadinessEvent';
import { EmbeddedAssessment, type EmbeddedCallbacks } from './EmbeddedAssessment';
import { OBSERVED_ATTRIBUTES, readAttributes } from './readAttributes';
import { readBenchmark, type EmbeddedBenchmark } from './readBenchmark';
import { readDefinition, type EmbeddedDefinition } from './readDefinition';
import { adoptKitStyles, EMBED_ROOT_CLASS } from './shadowStylesheet';

/** The `<readiness-assessment>` element: the answers so far, and the standard element API. */
export interface ReadinessAssessmentElement extends HTMLElement {
  /** The answers given so far (a copy). */
  readonly answers: Answers;
}

/**
 * Builds the element's class. A function, not a top-level class, because `HTMLElement` does not exist
 * where the module may be imported on a server (Next.js, SSR): nothing runs until a browser calls it.
 */
export function createReadinessAssessmentElement(): { new (): ReadinessAssessmentElement } {
  return class ReadinessAssessment extends HTMLElement implements ReadinessAssessmentElement {
    static readonly observedAttributes = [...OBSERVED_ATTRIBUTES];

    #root: Root | undefined;
    #mount: HTMLDivElement | undefined;
    #dialogContainer: HTMLDivElement | undefined;
    #definition: EmbeddedDefinition = null;
    #benchmark: EmbeddedBenchmark = null;
    #answers: Answers | undefined;
    // The key is the page's own `storage-key`, unprefixed, so a page can find its respondents' answers.
    readonly #storage = createLocalStorage({ namespace: '' });

    get answers(): Answers {
      return { ...this.#answers };
    }

    connectedCallback(): void {
      // Defined before the page is parsed (a script without `defer`), the element connects before
      // its children exist: wait for them, or a custom definition would be missed.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.isConnected && !this.#root && this.#mountTree(), { once: true });
        return;
      }
      this.#mountTree();
    }

    #mountTree(): void {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      adoptKitStyles(shadow);
      if (!this.#mount) {
        this.#mount = document.createElement('div');
        this.#dialogContainer = document.createElement('div');
        // The page cannot style these, even with `* { all: unset !important }`: see shadowStylesheet.ts.
        this.#mount.className = EMBED_ROOT_CLASS;
        this.#dialogContainer.className = EMBED_ROOT_CLASS;
        shadow.append(this.#mount, this.#dialogContainer);
      }
      this.#definition = readDefinition(this);
      this.#report(this.#definitionIssues());
      this.#benchmark = readBenchmark(this);
      // An inline benchmark that cannot be used is reported; the assessment runs on without it.
      if (this.#benchmark && 'issues' in this.#benchmark && !readAttributes(this).benchmarkSrc) this.#report(this.#benchmark.issues);
      this.#root = createRoot(this.#mount);
      this.#render();
    }

    disconnectedCallback(): void {
      // Answers stay on the element, so moving it in the page re-mounts with them.
      this.#root?.unmount();
      this.#root = undefined;
    }

    attributeChangedCallback(): void {
      if (this.#root) this.#render();
    }

    #render(): void {
      const callbacks: EmbeddedCallbacks = {
        onAnswersChange: (answers) => {
          this.#answers = answers;
        },
        onAnswer: (questionId, value, answers) => dispatchReadinessEvent(this, 'readiness:answer', { questionId, value, answers }),
        onStepChange: (step, progress) => dispatchReadinessEvent(this, 'readiness:step', { step, progress }),
        onComplete: (profile, answers, lead) => dispatchReadinessEvent(this, 'readiness:complete', { profile, answers, lead }),
        onRestoreIssues: (issues) => this.#report(issues),
        onFunnelEvent: (event) => dispatchReadinessEvent(this, `readiness:${event.type}`, event),
      };
      this.#root?.render(
        createElement(EmbeddedAssessment, {
          attributes: readAttributes(this),
          definition: this.#definition,
          defaultAnswers: this.#answers,
          dialogContainer: this.#dialogContainer!,
          storage: this.#storage,
          callbacks,
          inlineBenchmark: this.#benchmark,
          onBenchmarkIssues: (issues) => this.#report(issues),
        }),
      );
    }

    #definitionIssues(): Issue[] {
      const definition = this.#definition;
      if (!definition) return [];
      if ('issues' in definition) return definition.issues;
      const result = validateDefinition(definition.questionnaire);
      return result.ok ? [] : result.issues;
    }

    #report(issues: readonly Issue[]): void {
      if (issues.length > 0) dispatchReadinessEvent(this, 'readiness:error', { issues });
    }
  };
}
