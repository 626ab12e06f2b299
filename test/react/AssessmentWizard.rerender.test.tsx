import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AssessmentWizard } from '../../src/react';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';

// Which choice questions rendered, in order: the real ChoiceField, wrapped to count its renders.
const renders = vi.hoisted(() => [] as string[]);
vi.mock('../../src/react/components/AssessmentWizard/ChoiceField', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/react/components/AssessmentWizard/ChoiceField')>();
  return {
    ...original,
    ChoiceField: (props: Parameters<typeof original.ChoiceField>[0]) => {
      renders.push(props.question.id);
      return createElement(original.ChoiceField, props);
    },
  };
});

const mini = miniQuestionnaire();
const field = (questionId: string) => document.querySelector<HTMLElement>(`[data-question="${questionId}"]`)!;

describe('AssessmentWizard re-rendering on an answer', () => {
  beforeEach(() => {
    renders.length = 0;
  });

  it('re-renders only the answered question, the others keep their answers on screen', async () => {
    const user = userEvent.setup();
    render(<AssessmentWizard questionnaire={mini} defaultAnswers={{ channel: 'tiktok' }} />);
    expect(renders).toEqual(['market', 'channel']);

    renders.length = 0;
    await user.click(within(field('market')).getByLabelText('Businesses'));
    expect(renders.length).toBeGreaterThan(0);
    expect(new Set(renders)).toEqual(new Set(['market']));
    expect(within(field('market')).getByLabelText('Businesses')).toBeChecked();
    expect(within(field('channel')).getByLabelText('TikTok')).toBeChecked();

    renders.length = 0;
    await user.click(within(field('channel')).getByLabelText('LinkedIn'));
    expect(new Set(renders)).toEqual(new Set(['channel']));
    expect(within(field('channel')).getByLabelText('LinkedIn')).toBeChecked();
    expect(within(field('market')).getByLabelText('Businesses')).toBeChecked();
  });

  it('still re-renders every question when the wording changes', async () => {
    const { rerender } = render(<AssessmentWizard questionnaire={mini} />);
    renders.length = 0;
    rerender(<AssessmentWizard questionnaire={mini} messages={{ 'wizard.required': 'needed' }} />);
    expect(new Set(renders)).toEqual(new Set(['market', 'channel']));
    expect(within(field('market')).getByText(/needed/)).toBeInTheDocument();
  });

  it('keeps the answered count of the progress line up to date', async () => {
    const user = userEvent.setup();
    render(<AssessmentWizard questionnaire={mini} />);
    // The total can change too (answers show or hide questions); the answered count is what is checked.
    const answered = () => Number(document.querySelector('.rk-Wizard-progressAnswered')!.textContent!.match(/(\d+) of \d+ questions answered/)![1]);
    expect(answered()).toBe(0);
    await user.click(screen.getByLabelText('Businesses'));
    expect(answered()).toBe(1);
    await user.click(screen.getByLabelText('Consumers'));
    expect(answered()).toBe(1);
    await user.click(screen.getByLabelText('LinkedIn'));
    expect(answered()).toBe(2);
  });
});
