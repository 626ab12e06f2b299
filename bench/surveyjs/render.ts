/*
 * SurveyJS's React Survey (survey-react-ui) mounted in jsdom with the bench's own React: first
 * mount of page 1 (model built from the JSON included, as the kit parses its definition), and one
 * answer's re-render.
 */
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/** Mounts SurveyJS's Survey of the JSON into a fresh container; returns how to answer and unmount. */
export async function loadSurveyRenderer(json: object) {
  const { Model } = await import('survey-core');
  const { Survey } = await import('survey-react-ui');
  return {
    /** Builds the model and mounts the Survey synchronously. */
    mount() {
      const container = document.createElement('div');
      document.body.append(container);
      const root = createRoot(container);
      const model = new Model(json);
      flushSync(() => root.render(createElement(Survey, { model })));
      return { container, root };
    },
    /** Clicks the nth radio of page 1 and lets React commit the answer synchronously. */
    answer(container: HTMLElement, index: number) {
      const radios = container.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      const radio = radios[index % radios.length];
      if (!radio) throw new Error('SurveyJS rendered no radio');
      flushSync(() => radio.click());
    },
    /** Unmounts and removes the container. */
    unmount({ container, root }: { container: HTMLElement; root: { unmount(): void } }) {
      root.unmount();
      container.remove();
    },
  };
}
