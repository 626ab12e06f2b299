import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { scoreAnswers, type Answers } from '../../src/core';
import { AssessmentProvider, AssessmentWizard, type LeadCapture } from '../../src/react';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const mini = miniQuestionnaire();
const lead: LeadCapture = {
  title: 'Where should we send your report?',
  fields: [
    { id: 'email', type: 'email', label: 'Work email', required: true },
    { id: 'company', type: 'text', label: 'Company', maxLength: 40 },
  ],
};

const stepHeading = () => document.querySelector<HTMLElement>('.rk-Wizard-stepTitle')!;
const field = (questionId: string) => document.querySelector<HTMLElement>(`[data-question="${questionId}"]`)!;

describe('AssessmentWizard', () => {
  it('shows one section per step with "step N of M" and a progress bar', async () => {
    const { container } = render(<AssessmentWizard questionnaire={mini} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Profile' })).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Step 1 of 3');
    expect(screen.getByRole('group', { name: /Who do you sell to/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('blocks next on a missing required answer, shows the message by the field and focuses it', async () => {
    const user = userEvent.setup();
    const { container } = render(<AssessmentWizard questionnaire={mini} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    const message = within(field('market')).getByText('Please answer this question.');
    const first = within(field('market')).getAllByRole('radio')[0]!;
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first.getAttribute('aria-describedby')).toContain(message.id);
    expect(first).toHaveFocus();
    expect(document.querySelector('.rk-Wizard-errorSummary')).toHaveTextContent('Please check 1 answer on this step.');
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('Please check 1 answer on this step.');
    await expectNoAxeViolations(container);

    await user.click(within(field('market')).getByLabelText('Businesses'));
    expect(within(field('market')).queryByText('Please answer this question.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Step 2 of 3')).toBeInTheDocument();
  });

  it('explains an out-of-range number next to the field and will not move on', async () => {
    const user = userEvent.setup();
    render(<AssessmentWizard questionnaire={mini} defaultAnswers={{ market: 'b2b' }} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const input = within(field('educational_share')).getByRole('textbox', { name: 'Share of educational posts' });
    await user.type(input, '140');
    expect(within(field('educational_share')).getByText('Enter a number from 0 to 100.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Step 2 of 3')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '80');
    expect(within(field('educational_share')).queryByText(/Enter a number/)).toBeNull();
  });

  it('says so when a number cannot be read, rather than dropping it silently', async () => {
    const user = userEvent.setup();
    render(<AssessmentWizard questionnaire={mini} defaultAnswers={{ market: 'b2b' }} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const input = within(field('educational_share')).getByRole('textbox');
    await user.type(input, '12abc');
    expect(input).toHaveValue('12abc');
    expect(within(field('educational_share')).getByText('This answer is not valid.')).toBeInTheDocument();
  });

  it('keeps answers when going back, and moves focus to the step heading with an announcement', async () => {
    const user = userEvent.setup();
    render(<AssessmentWizard questionnaire={mini} />);
    await user.click(screen.getByLabelText('Businesses'));
    await user.click(screen.getByLabelText('LinkedIn'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepHeading()).toHaveTextContent('Practice');
    expect(stepHeading()).toHaveFocus();
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('Step 2 of 3: Practice');

    await user.click(screen.getByLabelText('White papers'));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(stepHeading()).toHaveTextContent('Profile');
    expect(screen.getByLabelText('Businesses')).toBeChecked();
    expect(screen.getByLabelText('LinkedIn')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('White papers')).toBeChecked();
  });

  it('caps a multi-choice question at its maximum with a message', async () => {
    const user = userEvent.setup();
    render(<AssessmentWizard questionnaire={mini} defaultAnswers={{ market: 'b2b' }} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(within(field('formats')).getByText('Choose up to 2.')).toBeInTheDocument();
    for (const label of ['White papers', 'Case studies', 'Memes']) await user.click(screen.getByLabelText(label));
    expect(within(field('formats')).getByText('Choose at most 2 options; you chose 3.')).toBeInTheDocument();
  });

  it('previews the KPI a number feeds as the figures are typed', async () => {
    const user = userEvent.setup();
    render(<AssessmentWizard questionnaire={mini} defaultAnswers={{ market: 'b2b' }} locale="en" currency="EUR" />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(within(field('spend')).getByText(/Used for CPL/)).toHaveTextContent('Needs 2 more figures');
    await user.type(within(field('spend')).getByRole('textbox'), '1000');
    await user.type(within(field('leads')).getByRole('textbox'), '8');
    expect(within(field('spend')).getByText(/Used for CPL/)).toHaveTextContent('Used for CPL: €125.00');
    expect(within(field('leads')).getByText(/Used for CPL/)).toHaveTextContent('€125.00');
  });

  it('reviews every answer with an edit button per section, then shows the result', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const answers: Answers = { market: 'b2b', channel: 'linkedin', formats: ['papers'], helpful: 4 };
    const { container } = render(<AssessmentWizard questionnaire={mini} defaultAnswers={answers} onComplete={onComplete} />);
    for (let step = 0; step < 3; step += 1) await user.click(screen.getByRole('button', { name: /^(Next|Review answers)$/ }));

    expect(stepHeading()).toHaveTextContent('Review your answers');
    const practice = screen.getByRole('region', { name: 'Practice' });
    expect(within(practice).getByText('We help without a sales ask').nextSibling).toHaveTextContent('4 of 5');
    expect(within(practice).getByText('Formats').nextSibling).toHaveTextContent('White papers');
    expect(within(practice).getByText('Share of educational posts').nextSibling).toHaveTextContent('Not answered');
    await expectNoAxeViolations(container);

    await user.click(within(practice).getByRole('button', { name: 'Edit Practice' }));
    expect(stepHeading()).toHaveTextContent('Practice');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    await user.click(screen.getByRole('button', { name: 'See my result' }));

    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete.mock.calls[0]![0]).toEqual(scoreAnswers(mini, answers));
    expect(screen.getByRole('heading', { name: 'Your result' })).toHaveFocus();
    expect(document.querySelector('.rk-Wizard')).toHaveAttribute('data-state', 'complete');
    await expectNoAxeViolations(container);
  });

  it('hands lead-capture values to onComplete and to nothing else, and requires what is required', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const onAnswersChange = vi.fn();
    const onAnswer = vi.fn();
    const { container } = render(
      <AssessmentWizard
        questionnaire={mini}
        leadCapture={lead}
        onComplete={onComplete}
        onAnswersChange={onAnswersChange}
        onAnswer={onAnswer}
      />,
    );
    await user.click(screen.getByLabelText('Consumers'));
    for (let step = 0; step < 3; step += 1) await user.click(screen.getByRole('button', { name: /^(Next|Review answers)$/ }));
    const details = screen.getByRole('group', { name: 'Where should we send your report?' });
    const email = within(details).getByRole('textbox', { name: /Work email/ });

    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(onComplete).not.toHaveBeenCalled();
    expect(within(details).getByText('Please answer this question.')).toBeInTheDocument();
    expect(email).toHaveFocus();

    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(within(details).getByText(/Enter an email address/)).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.clear(email);
    await user.type(email, 'ada@example.com');
    await user.type(within(details).getByRole('textbox', { name: 'Company' }), 'Analytical Engines');
    await user.click(screen.getByRole('button', { name: 'See my result' }));

    expect(onComplete).toHaveBeenCalledTimes(1);
    const [profile, answers, leadValues] = onComplete.mock.calls[0]!;
    expect(leadValues).toEqual({ email: 'ada@example.com', company: 'Analytical Engines' });
    expect(answers).toEqual({ market: 'b2c' });
    expect(JSON.stringify(profile)).not.toContain('ada@example.com');
    const everythingElse = JSON.stringify([onAnswersChange.mock.calls, onAnswer.mock.calls]);
    expect(everythingElse).not.toContain('ada@example.com');
  });

  it('follows controlled answers and reports each change', async () => {
    const user = userEvent.setup();
    const onAnswersChange = vi.fn();
    const onAnswer = vi.fn();
    const { rerender } = render(
      <AssessmentWizard questionnaire={mini} answers={{ market: 'b2c' }} onAnswersChange={onAnswersChange} onAnswer={onAnswer} />,
    );
    expect(screen.getByLabelText('Consumers')).toBeChecked();
    await user.click(screen.getByLabelText('Businesses'));
    expect(onAnswersChange).toHaveBeenLastCalledWith({ market: 'b2b' });
    expect(onAnswer).toHaveBeenLastCalledWith('market', 'b2b', { market: 'b2b' });
    // The host has not accepted the change: the wizard still shows its answers.
    expect(screen.getByLabelText('Consumers')).toBeChecked();
    rerender(<AssessmentWizard questionnaire={mini} answers={{ market: 'both' }} onAnswersChange={onAnswersChange} />);
    expect(screen.getByLabelText('Both')).toBeChecked();
  });

  it('reports step changes with the new step and progress', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    render(<AssessmentWizard questionnaire={mini} defaultAnswers={{ market: 'b2b' }} onStepChange={onStepChange} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onStepChange).toHaveBeenCalledTimes(1);
    const [step, progress] = onStepChange.mock.calls[0]!;
    expect(step).toMatchObject({ kind: 'section', sectionId: 'practice' });
    expect(progress).toMatchObject({ stepNumber: 2, stepCount: 3 });
  });

  it('works under StrictMode without calling back twice', async () => {
    const user = userEvent.setup();
    const onAnswer = vi.fn();
    const onComplete = vi.fn();
    render(
      <StrictMode>
        <AssessmentWizard questionnaire={mini} onAnswer={onAnswer} onComplete={onComplete} />
      </StrictMode>,
    );
    await user.click(screen.getByLabelText('Businesses'));
    expect(onAnswer).toHaveBeenCalledTimes(1);
    for (let step = 0; step < 3; step += 1) await user.click(screen.getByRole('button', { name: /^(Next|Review answers)$/ }));
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('renders an invalid definition as a list of its issues, not a blank screen', async () => {
    const broken = { ...mini, tiers: [{ id: 'only', label: 'Only', min: 10, max: 100 }] };
    const { container } = render(<AssessmentWizard questionnaire={broken} />);
    const panel = screen.getByRole('alert');
    expect(panel).toHaveTextContent('tiers');
    expect(panel).toHaveTextContent('[tiers_not_contiguous]');
    await expectNoAxeViolations(container);
  });

  it('says what is wrong with a definition in the respondent’s language, with the code and path kept for developers', () => {
    const broken = { ...mini, tiers: [{ id: 'only', label: 'Only', min: 10, max: 100 }] };
    render(<AssessmentWizard questionnaire={broken} locale="zh-TW" />);
    const panel = screen.getByRole('alert');
    expect(panel).toHaveTextContent('第一個等級從 10 開始，而不是 0');
    expect(panel).toHaveTextContent('tiers[0].min');
    expect(panel).toHaveTextContent('[tiers_not_contiguous]');
  });

  it('rejects a malformed lead-capture section with coded issues', () => {
    const bad = { fields: [{ id: 'email', type: 'phone', label: 'Phone' }] } as unknown as LeadCapture;
    render(<AssessmentWizard questionnaire={mini} leadCapture={bad} />);
    expect(screen.getByRole('alert')).toHaveTextContent('leadCapture.fields[0].type');
  });

  it('uses the provider’s assessment when inside one', async () => {
    const user = userEvent.setup();
    const onAnswer = vi.fn();
    render(
      <AssessmentProvider questionnaire={mini} onAnswer={onAnswer}>
        <AssessmentWizard />
      </AssessmentProvider>,
    );
    await user.click(screen.getByLabelText('Both'));
    expect(onAnswer).toHaveBeenCalledWith('market', 'both', { market: 'both' });
  });

  it('renders definition text as text, never as HTML', () => {
    const attack = '<img src=x onerror="window.__hacked = 1"><b>bold</b>';
    const hostile = {
      ...mini,
      title: attack,
      sections: [{ ...mini.sections[0]!, title: attack, description: attack }, ...mini.sections.slice(1)],
    };
    const { container } = render(<AssessmentWizard questionnaire={hostile} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(attack);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(attack);
  });

  it('drops the kit’s class names when unstyled and adds the host’s', () => {
    render(<AssessmentWizard questionnaire={mini} unstyled className="host-wizard" />);
    const root = document.querySelector('section')!;
    expect(root).toHaveClass('host-wizard');
    expect(root.outerHTML).not.toMatch(/rk-/);
  });
});
