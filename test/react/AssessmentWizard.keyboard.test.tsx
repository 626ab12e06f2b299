import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import b2bManufacturer from '../../examples/answers/b2b-manufacturer-instagram.json';
import { scoreAnswers, type Answers, type Question } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentWizard } from '../../src/react';
import { answerWithKeyboard, pressButton } from './helpers/keyboard';

const questions = new Map<string, Question>(
  socialMediaAssessment.sections.flatMap((section) => section.questions.map((question) => [question.id, question])),
);

/** The answers with each multi-choice answer in the options' order, as the wizard keeps them. */
function inOptionOrder(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => {
      const question = questions.get(id)!;
      if (question.type !== 'multi' || !Array.isArray(value)) return [id, value];
      return [id, question.options.map((option) => option.id).filter((option) => value.includes(option))];
    }),
  );
}

/** Completes the wizard with the keyboard alone, answering each question shown from `answers`. */
async function completeWithKeyboard(answers: Answers) {
  const user = userEvent.setup();
  for (let guard = 0; guard < 40; guard += 1) {
    const form = document.querySelector('form');
    if (!form || form.getAttribute('data-step') === 'review') break;
    const shown = [...form.querySelectorAll('[data-question]')].map((field) => field.getAttribute('data-question')!);
    for (const id of shown) {
      if (Object.hasOwn(answers, id)) await answerWithKeyboard(user, questions.get(id)!, answers[id]!);
    }
    // Answering `share_numbers` reveals the figures: answer those before moving on.
    const more = [...form.querySelectorAll('[data-question]')].map((field) => field.getAttribute('data-question')!);
    for (const id of more.filter((candidate) => !shown.includes(candidate))) {
      if (Object.hasOwn(answers, id)) await answerWithKeyboard(user, questions.get(id)!, answers[id]!);
    }
    await pressButton(user, /^(Next|Review answers)$/);
  }
  await pressButton(user, 'See my result');
}

describe('AssessmentWizard with the keyboard alone', () => {
  it.each([
    ['an enterprise SaaS firm', enterpriseSaas as Answers],
    ['a B2B manufacturer with a B2C-style strategy', b2bManufacturer as Answers],
  ])('completes the whole bundled assessment for %s and reports the profile scoreAnswers gives', async (_persona, answers) => {
    const onComplete = vi.fn();
    render(<AssessmentWizard questionnaire={socialMediaAssessment} reference={socialMediaReference} onComplete={onComplete} />);
    await completeWithKeyboard(answers);

    expect(onComplete).toHaveBeenCalledTimes(1);
    const [profile, given, lead] = onComplete.mock.calls[0]!;
    expect(given).toEqual(inOptionOrder(answers));
    expect(profile).toEqual(scoreAnswers(socialMediaAssessment, given));
    expect(profile.index).toBe(scoreAnswers(socialMediaAssessment, answers).index);
    expect(lead).toEqual({});
    const result = screen.getByRole('heading', { name: 'Your result' });
    expect(result).toHaveFocus();
  }, 60_000);
});
