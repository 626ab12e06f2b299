import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { estimateSecondsLeft, questionsAfterQuickCheck, scoreAnswers, type Answers } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentWizard, resolveUiMessages } from '../../src/react';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const quickIds = socialMediaAssessment.quickCheck!.questions;
const questions = new Map(socialMediaAssessment.sections.flatMap((section) => section.questions).map((question) => [question.id, question]));
/** Every quick-check question answered with its first option. */
const quickAnswers: Answers = Object.fromEntries(
  quickIds.map((id) => {
    const question = questions.get(id)!;
    return [id, 'options' in question ? question.options[0]!.id : 3];
  }),
);

/** Clicks Next through every step with the answers already given, then "See my result". */
async function finish(user: ReturnType<typeof userEvent.setup>, messages = resolveUiMessages('en')) {
  for (let guard = 0; guard < 20 && !screen.queryByRole('button', { name: messages['wizard.submit'] }); guard += 1) {
    const next = screen.queryByRole('button', { name: messages['wizard.next'] }) ?? screen.getByRole('button', { name: messages['wizard.review'] });
    await user.click(next);
  }
  await user.click(screen.getByRole('button', { name: messages['wizard.submit'] }));
}

describe('the quick check in the wizard', () => {
  it('says on its first step how many questions it asks and about how long they take', () => {
    render(<AssessmentWizard questionnaire={socialMediaAssessment} quickCheck />);
    const minutes = Math.ceil(estimateSecondsLeft(quickIds.map((id) => questions.get(id)!), {}) / 60);
    expect(screen.getByText(`Quick check: 12 questions, about ${minutes} minutes. You can go deeper afterwards.`)).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 11')).toBeInTheDocument();
  });

  it('ends on a provisional result that offers the rest, counted and timed, and goes deeper keeping every answer', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const { container } = render(
      <AssessmentWizard questionnaire={socialMediaAssessment} reference={socialMediaReference} quickCheck defaultAnswers={quickAnswers} onComplete={onComplete} />,
    );
    await finish(user);
    expect(onComplete).toHaveBeenCalledWith(scoreAnswers(socialMediaAssessment, quickAnswers, { scope: 'quick' }), quickAnswers, {});

    const remaining = questionsAfterQuickCheck(socialMediaAssessment, quickAnswers);
    const minutes = Math.ceil(estimateSecondsLeft(remaining, quickAnswers) / 60);
    const offer = screen.getByRole('region', { name: 'Want a result you can rely on?' });
    expect(offer).toHaveTextContent(`Answer ${remaining.length} more questions, about ${minutes} minutes, for your full profile and tier.`);
    await expectNoAxeViolations(container);

    await user.click(within(offer).getByRole('button', { name: 'Go deeper' }));
    expect(screen.queryByRole('region', { name: 'Want a result you can rely on?' })).toBeNull();
    // The first step with a question the quick check did not ask, with the quick check's answer on it still chosen.
    expect(screen.getByRole('radio', { name: localLabel('market', quickAnswers.market as string) })).toBeChecked();
    expect(screen.getAllByText(/Step 1 of 12/).length).toBeGreaterThan(0);
    expect(container.querySelector('[data-question="deal_size"]')).not.toBeNull();
  });

  it('offers nothing after the full assessment, nor without the quick check', async () => {
    const user = userEvent.setup();
    render(<AssessmentWizard questionnaire={socialMediaAssessment} defaultAnswers={quickAnswers} />);
    expect(screen.queryByText(/Quick check:/)).toBeNull();
    await finish(user);
    expect(screen.getByRole('heading', { name: 'Your result' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Want a result you can rely on?' })).toBeNull();
  });

  it('words the offer in the respondent’s language', async () => {
    const user = userEvent.setup();
    const messages = resolveUiMessages('zh-Hant');
    render(<AssessmentWizard questionnaire={socialMediaAssessment} quickCheck defaultAnswers={quickAnswers} locale="zh-Hant" />);
    await finish(user, messages);
    expect(screen.getByRole('region', { name: messages['quickCheck.offerTitle'] })).toHaveTextContent(/再回答 \d+ 個問題（約 \d+ 分鐘）/);
    expect(screen.getByRole('button', { name: messages['quickCheck.deepen'] })).toBeInTheDocument();
  });
});

/** The English label of a choice question's option. */
function localLabel(questionId: string, optionId: string): string {
  const question = questions.get(questionId)!;
  const option = 'options' in question ? question.options.find((candidate) => candidate.id === optionId) : undefined;
  const label = option?.label;
  return typeof label === 'string' ? label : (label?.en ?? optionId);
}
