import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Answers, Issue, SectionStep } from '../../src/core';
import { AssessmentWizard } from '../../src/react';
import { entryQuestionIndex } from '../../src/react/components/AssessmentWizard/focus/focusPosition';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const mini = miniQuestionnaire();

/** Every question of the mini questionnaire but the last (`company`), answered validly. */
const allButCompany: Answers = {
  market: 'b2b',
  channel: 'linkedin',
  formats: ['papers'],
  helpful: 4,
  educational_share: 50,
  community: 'peers',
  impressions: 1000,
  clicks: 10,
  spend: 100,
  leads: 2,
  email: 'a@example.com',
};

/** The questions on screen, by id: focus mode shows exactly one. */
const shownQuestions = () => [...document.querySelectorAll('[data-question]')].map((field) => field.getAttribute('data-question'));
const announcer = () => document.querySelector('[aria-live="polite"]')!;
const questionLabel = (id: string) => document.querySelector<HTMLElement>(`[data-question="${id}"] > legend, [data-question="${id}"] > label`)!;

function renderFocus(props: Partial<Parameters<typeof AssessmentWizard>[0]> = {}) {
  const user = userEvent.setup();
  const view = render(<AssessmentWizard questionnaire={mini} layout="focus" {...props} />);
  return { user, ...view };
}

/** Waits until `id` is the question on screen (auto-advance goes on after a short pause). */
async function waitForQuestion(id: string) {
  await waitFor(() => expect(shownQuestions()).toEqual([id]));
}

describe('AssessmentWizard layout="focus"', () => {
  it('shows one question per screen with its place, the time left and a progress bar that agrees', async () => {
    const { container } = renderFocus();
    expect(shownQuestions()).toEqual(['market']);
    // 11 visible questions (community shows only for businesses). Time: 2 single (12 s) + multi (20)
    // + likert (10) + 5 numbers (30) + email (15) + text (30) = 249 s, rounded up to 5 minutes.
    expect(screen.getByText('Question 1 of 11')).toBeInTheDocument();
    expect(screen.getByText('About 5 minutes left')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(bar).toHaveAttribute('aria-valuemax', '11');
    expect(bar).toHaveAttribute('aria-valuetext', 'Question 1 of 11');
    expect(bar).toHaveAccessibleName('Question 1 of 11 About 5 minutes left');
    expect(screen.getByRole('heading', { level: 3, name: 'Profile' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    expect(screen.getByText('Tip: press a number key to choose.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('picks an option with its number key and goes on by itself, focusing and announcing the next question', async () => {
    const onAnswer = vi.fn();
    const { user } = renderFocus({ onAnswer });
    await user.tab();
    await user.keyboard('2');
    expect(screen.getByRole('radio', { name: 'Consumers' })).toBeChecked();
    expect(onAnswer).toHaveBeenCalledWith('market', 'b2c', expect.anything());
    // The choice stays on screen for a moment before the next question comes.
    expect(shownQuestions()).toEqual(['market']);
    await waitForQuestion('channel');
    expect(questionLabel('channel')).toHaveFocus();
    expect(announcer()).toHaveTextContent('Question 2 of 11');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
  });

  it('does not go on after the arrow keys move the choice; Enter then goes on', async () => {
    const { user } = renderFocus({ defaultAnswers: { market: 'b2b' } });
    await user.tab();
    await user.keyboard('{Enter}');
    expect(shownQuestions()).toEqual(['channel']);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'LinkedIn' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'TikTok' })).toBeChecked();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(shownQuestions()).toEqual(['channel']);
    await user.keyboard('{Enter}');
    expect(shownQuestions()).toEqual(['formats']);
  });

  it('goes on by itself after a click on an option, and a second click within the pause does not skip a question', async () => {
    const { user } = renderFocus();
    await user.click(screen.getByText('Businesses'));
    await user.click(screen.getByText('Both'));
    await waitForQuestion('channel');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(shownQuestions()).toEqual(['channel']);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'Both' })).toBeChecked();
  });

  it('toggles a multi-choice option with its number key without going on', async () => {
    const { user } = renderFocus({ defaultAnswers: { market: 'b2b', channel: 'linkedin' } });
    await user.tab();
    await user.keyboard('{Enter}{Enter}');
    expect(shownQuestions()).toEqual(['formats']);
    expect(screen.getByText('Tip: press number keys to tick or untick, then Enter to go on.')).toBeInTheDocument();
    await user.keyboard('2');
    await user.keyboard('1');
    await user.keyboard('2');
    expect(screen.getByRole('checkbox', { name: 'White papers' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Case studies' })).not.toBeChecked();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(shownQuestions()).toEqual(['formats']);
    await user.keyboard('{Enter}');
    expect(shownQuestions()).toEqual(['helpful']);
    // Likert points 1 to 5 by their own numbers.
    await user.keyboard('4');
    expect(screen.getByRole('radio', { name: /^4 of 5/ })).toBeChecked();
    await waitForQuestion('educational_share');
  });

  it('blocks Next on a missing required answer: the message shows by the field and is announced, focus stays', async () => {
    const { user, container } = renderFocus();
    const next = screen.getByRole('button', { name: 'Next' });
    await user.click(next);
    expect(shownQuestions()).toEqual(['market']);
    const field = document.querySelector<HTMLElement>('[data-question="market"]')!;
    const message = within(field).getByText('Please answer this question.');
    const first = within(field).getAllByRole('radio')[0]!;
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first.getAttribute('aria-describedby')).toContain(message.id);
    expect(next).toHaveFocus();
    expect(announcer()).toHaveTextContent('Please answer this question.');
    await expectNoAxeViolations(container);
    await user.keyboard('1');
    await waitForQuestion('channel');
  });

  it('goes back one question with Backspace or the Back button, across steps, landing on the last question of the step before', async () => {
    const { user } = renderFocus({ defaultAnswers: { market: 'b2b', channel: 'none' } });
    await user.tab();
    await user.keyboard('{Enter}{Enter}');
    expect(shownQuestions()).toEqual(['formats']);
    expect(screen.getByRole('heading', { level: 3, name: 'Practice' })).toBeInTheDocument();
    await user.keyboard('{Backspace}');
    expect(shownQuestions()).toEqual(['channel']);
    expect(screen.getByRole('heading', { level: 3, name: 'Profile' })).toBeInTheDocument();
    expect(questionLabel('channel')).toHaveFocus();
    expect(announcer()).toHaveTextContent('Question 2 of 12');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(shownQuestions()).toEqual(['market']);
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    // Nothing before the first question: Backspace leaves it be.
    await user.keyboard('{Backspace}');
    expect(shownQuestions()).toEqual(['market']);
  });

  it('leaves digits, Backspace and Enter of a typed field to the field', async () => {
    const { user } = renderFocus({ defaultAnswers: { market: 'b2b', channel: 'none', formats: [], helpful: 3 } });
    await user.tab();
    await user.keyboard('{Enter}{Enter}{Enter}{Enter}');
    expect(shownQuestions()).toEqual(['educational_share']);
    const input = screen.getByRole('textbox', { name: 'Share of educational posts' });
    await user.click(input);
    await user.keyboard('140{Backspace}');
    expect(input).toHaveValue('14');
    expect(shownQuestions()).toEqual(['educational_share']);
    await user.keyboard('0{Enter}');
    expect(within(document.querySelector<HTMLElement>('[data-question="educational_share"]')!).getByText('Enter a number from 0 to 100.')).toBeInTheDocument();
    expect(shownQuestions()).toEqual(['educational_share']);
    await user.keyboard('{Backspace}{Enter}');
    expect(shownQuestions()).toEqual(['community']);
  });

  it('moves on to review from the last question, and Back from review lands on that last question', async () => {
    const { user } = renderFocus({ defaultAnswers: allButCompany });
    for (let presses = 0; presses < 11; presses += 1) await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(shownQuestions()).toEqual(['company']);
    expect(screen.getByRole('progressbar')).toHaveAccessibleName('Question 12 of 12 Less than a minute left');
    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    expect(screen.getByRole('heading', { name: 'Review your answers' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(shownQuestions()).toEqual(['company']);
    expect(questionLabel('company')).toHaveFocus();
    expect(announcer()).toHaveTextContent('Question 12 of 12');
  });

  it('works the same under StrictMode', async () => {
    const user = userEvent.setup();
    render(
      <StrictMode>
        <AssessmentWizard questionnaire={mini} layout="focus" />
      </StrictMode>,
    );
    await user.tab();
    await user.keyboard('3');
    await waitForQuestion('channel');
    expect(questionLabel('channel')).toHaveFocus();
    await user.keyboard('{Backspace}');
    expect(shownQuestions()).toEqual(['market']);
  });

  it.each([
    // Numbers and text take 30 s each, an email 15 s; minutes are rounded up.
    ['Less than a minute left', ['company']],
    ['About 1 minute left', ['leads', 'company']],
    ['About 2 minutes left', ['leads', 'email', 'company']],
  ])('says "%s" when %j are left', (text, unanswered) => {
    const answers = Object.fromEntries(Object.entries({ ...allButCompany, company: 'Acme' }).filter(([id]) => !unanswered.includes(id)));
    renderFocus({ defaultAnswers: answers });
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('speaks the respondent’s language: place and time left in Traditional Chinese and Hausa', () => {
    const { unmount } = renderFocus({ locale: 'zh-Hant' });
    expect(screen.getByText('第 1 題，共 11 題')).toBeInTheDocument();
    expect(screen.getByText('大約還需 5 分鐘')).toBeInTheDocument();
    unmount();
    renderFocus({ locale: 'ha' });
    expect(screen.getByText('Tambaya ta 1 cikin 11')).toBeInTheDocument();
    expect(screen.getByText('Saura kusan mintuna 5')).toBeInTheDocument();
  });

  it('keeps the steps layout by default', () => {
    render(<AssessmentWizard questionnaire={mini} />);
    expect(shownQuestions()).toEqual(['market', 'channel']);
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
  });
});

describe('entryQuestionIndex', () => {
  const step = (index: number, ids: string[]): SectionStep => ({
    kind: 'section',
    index,
    sectionId: `s${index}`,
    section: mini.sections[0]!,
    questions: ids.map((id) => ({ id, type: 'single', label: id, options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] })),
    isCurrent: true,
    isVisited: true,
  });
  const required: Issue = { code: 'required', path: 'answers.q2', segments: ['answers', 'q2'], message: 'needs an answer', params: {} };
  const base = { errors: {}, answers: {}, lastSectionIndex: 3 };

  it('opens a step reached going forward on its first question', () => {
    expect(entryQuestionIndex(step(2, ['q1', 'q2', 'q3']), { ...base, origin: { stepIndex: 1, status: 'in_progress' } })).toBe(0);
  });

  it('opens a step reached going back on its last question', () => {
    expect(entryQuestionIndex(step(1, ['q1', 'q2', 'q3']), { ...base, origin: { stepIndex: 2, status: 'in_progress' } })).toBe(2);
  });

  it('opens a step the store sent the respondent back to on its first question with an error', () => {
    const errors = { q2: [required] };
    expect(entryQuestionIndex(step(1, ['q1', 'q2', 'q3']), { ...base, errors, origin: { stepIndex: 4, status: 'review' } })).toBe(1);
  });

  it('from review, opens the last section on its last question (Back) and another on its first (Edit)', () => {
    expect(entryQuestionIndex(step(3, ['q1', 'q2']), { ...base, origin: { stepIndex: 4, status: 'review' } })).toBe(1);
    expect(entryQuestionIndex(step(1, ['q1', 'q2']), { ...base, origin: { stepIndex: 4, status: 'review' } })).toBe(0);
  });

  it('after the result (going deeper), opens on the first question not answered yet', () => {
    expect(entryQuestionIndex(step(0, ['q1', 'q2', 'q3']), { ...base, answers: { q1: 'a' }, origin: { stepIndex: 5, status: 'complete' } })).toBe(1);
  });
});
