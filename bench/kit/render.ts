/*
 * The kit's wizard mounted in jsdom with the React the kit's dist resolves (the root's), so the
 * kit and its React are one copy: first mount, and one answer's re-render.
 */
import { createRequire } from 'node:module';

const requireFromDist = createRequire(new URL('../../dist/index.js', import.meta.url));

/** Mounts the wizard (bundled assessment) into a fresh container; returns how to answer and unmount. */
export async function loadKitRenderer() {
  const React = requireFromDist('react') as typeof import('react');
  const { createRoot } = requireFromDist('react-dom/client') as typeof import('react-dom/client');
  const { flushSync } = requireFromDist('react-dom') as typeof import('react-dom');
  const { AssessmentWizard } = (await import('../../dist/index.js')) as typeof import('../../dist/index.js');
  const { socialMediaAssessment } = (await import('../../dist/social-media.js')) as typeof import('../../dist/social-media.js');
  return {
    /** Mounts the wizard synchronously (the bundled assessment, or `questionnaire`); returns the container and its root. */
    mount(questionnaire?: unknown) {
      const container = document.createElement('div');
      document.body.append(container);
      const root = createRoot(container);
      flushSync(() => root.render(React.createElement(AssessmentWizard, { questionnaire: questionnaire ?? socialMediaAssessment })));
      return { container, root };
    },
    /** Clicks the nth radio of the step and lets React commit the answer synchronously. */
    answer(container: HTMLElement, index: number) {
      const radios = container.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      const radio = radios[index % radios.length];
      if (!radio) throw new Error('the wizard rendered no radio');
      flushSync(() => radio.click());
    },
    /** Unmounts and removes the container. */
    unmount({ container, root }: { container: HTMLElement; root: { unmount(): void } }) {
      root.unmount();
      container.remove();
    },
  };
}
