import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { scoreAnswers } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { AssessmentProvider, AssessmentWizard, ProfileSummary, useAssessment, useAssessmentContext } from '../../src/react';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const mini = miniQuestionnaire();

describe('AssessmentProvider', () => {
  it('lists the issues of an invalid definition instead of its children', async () => {
    const { container } = render(
      <AssessmentProvider questionnaire={{ id: 'broken', sections: 'nope' }}>
        <p>never shown</p>
      </AssessmentProvider>,
    );
    const panel = screen.getByRole('alert');
    expect(panel).toHaveTextContent('This assessment cannot be shown');
    expect(panel).toHaveTextContent('sections');
    expect(panel).toHaveTextContent('[invalid_type]');
    expect(screen.queryByText('never shown')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('keeps a render error inside the kit: a message in its place, the host page up, the answer reported', async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const onAnswersChange = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Exploding() {
      const assessment = useAssessmentContext('Exploding');
      if (assessment.isValid && assessment.answers.market === 'both') throw new Error('boom');
      return null;
    }
    render(
      <main>
        <h1>Host page</h1>
        <AssessmentProvider questionnaire={mini} onError={onError} onAnswersChange={onAnswersChange}>
          <AssessmentWizard />
          <Exploding />
        </AssessmentProvider>
      </main>,
    );
    await user.click(screen.getByLabelText('Both'));
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong while showing the assessment. Your answers are kept.');
    expect(screen.getByRole('heading', { name: 'Host page' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }), expect.anything());
    expect(onAnswersChange).toHaveBeenLastCalledWith({ market: 'both' });
    vi.restoreAllMocks();
  });

  it('shares one live profile with the views inside it', async () => {
    const user = userEvent.setup();
    render(
      <AssessmentProvider questionnaire={mini}>
        <AssessmentWizard />
        <ProfileSummary />
      </AssessmentProvider>,
    );
    const summary = () => document.querySelector('.rk-ProfileSummary')!;
    expect(summary()).toHaveAttribute('data-fit', 'unknown');
    await user.click(screen.getByLabelText('Consumers'));
    await user.click(screen.getByLabelText('LinkedIn'));
    expect(summary()).toHaveAttribute('data-fit', scoreAnswers(mini, { market: 'b2c', channel: 'linkedin' }).fit.status);
    expect(summary()).toHaveAttribute('data-fit', 'mismatch');
  });

  it('names the component and the provider when a context consumer is used outside one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Orphan() {
      useAssessmentContext('MyProgress');
      return null;
    }
    expect(() => render(<Orphan />)).toThrow('`MyProgress` must be used within `AssessmentProvider`');
    vi.restoreAllMocks();
  });
});

describe('useAssessment', () => {
  it('runs the bundled assessment by default and scores answers live', () => {
    const { result } = renderHook(() => useAssessment({ questionnaire: socialMediaAssessment, defaultAnswers: { market: 'b2b' } }));
    if (!result.current.isValid) throw new Error('expected a valid assessment');
    expect(result.current.questionnaire.id).toBe(socialMediaAssessment.id);
    expect(result.current.profile).toEqual(scoreAnswers(socialMediaAssessment, { market: 'b2b' }));
    act(() => {
      if (result.current.isValid) result.current.answer('main_platform_effort', 'visual_platforms');
    });
    if (!result.current.isValid) throw new Error('expected a valid assessment');
    expect(result.current.answers).toEqual({ market: 'b2b', main_platform_effort: 'visual_platforms' });
    expect(result.current.profile.index).toBe(
      scoreAnswers(socialMediaAssessment, { market: 'b2b', main_platform_effort: 'visual_platforms' }).index,
    );
  });

  it('returns the issues of an invalid definition rather than throwing', () => {
    const { result } = renderHook(() => useAssessment({ questionnaire: 42 }));
    expect(result.current.isValid).toBe(false);
    if (result.current.isValid) return;
    expect(result.current.issues[0]).toMatchObject({ code: 'invalid_type' });
  });

  it('starts a new session, answers checked again, when the questionnaire changes', () => {
    const other = { ...miniQuestionnaire(), id: 'other' };
    const { result, rerender } = renderHook((props: { questionnaire: unknown }) => useAssessment({ ...props, defaultAnswers: { market: 'b2b' } }), {
      initialProps: { questionnaire: mini },
    });
    act(() => {
      if (result.current.isValid) result.current.next();
    });
    expect(result.current.isValid && result.current.progress.stepNumber).toBe(2);
    rerender({ questionnaire: other });
    if (!result.current.isValid) throw new Error('expected a valid assessment');
    expect(result.current.session.questionnaireId).toBe('other');
    expect(result.current.progress.stepNumber).toBe(1);
    expect(result.current.answers).toEqual({ market: 'b2b' });
  });
});
