/*
 * Load, rendered: the wizard in jsdom on generated questionnaires of 10 to 500 questions (10 a step):
 * first mount, and one answer's re-render. A step always shows 10 questions, so what grows is the
 * session's work over the whole questionnaire (visibility, validation, progress) on each answer.
 */
import type { loadKitRenderer } from './kit/render';
import { generateQuestionnaire } from './loadCurve';
import { median } from './measure';

/** One size's render figures, in ms. */
export interface LoadRenderPoint {
  questions: number;
  mountMs: number;
  answerMs: number;
}

type KitRenderer = Awaited<ReturnType<typeof loadKitRenderer>>;

/** Median mount and re-render ms of the wizard for each questionnaire size. */
export function measureLoadRender(renderer: KitRenderer, sizes: readonly number[], samples = 11): LoadRenderPoint[] {
  return sizes.map((questions) => {
    const questionnaire = generateQuestionnaire(questions);
    const mounts: number[] = [];
    const answers: number[] = [];
    for (let sample = 0; sample < samples + 2; sample += 1) {
      const t0 = performance.now();
      const mounted = renderer.mount(questionnaire);
      const t1 = performance.now();
      renderer.answer(mounted.container, sample);
      const t2 = performance.now();
      renderer.unmount(mounted);
      // The first two samples warm the JIT and jsdom's caches.
      if (sample >= 2) {
        mounts.push(t1 - t0);
        answers.push(t2 - t1);
      }
    }
    return { questions, mountMs: median(mounts), answerMs: median(answers) };
  });
}
