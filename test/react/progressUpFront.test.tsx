import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/core';
import { AssessmentProvider, AssessmentWizard, useAssessmentContext, type AssessmentWizardProps } from '../../src/react';

import { socialMediaAssessment } from '../../src/content/social-media';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';

const figureIds = new Set(socialMediaAssessment.sections.find((section) => section.id === 'numbers')!.questions.map((question) => question.id));
/** A B2B company's answers to every step before the figures. */
const beforeFigures: Answers = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync('examples/answers/enterprise-saas.json', 'utf8')) as Answers).filter(([id]) => !figureIds.has(id)),
);

/** A button that takes the wizard to the figures step, as the review's "Edit" does. */
function GoToFigures() {
  const assessment = useAssessmentContext('GoToFigures');
  return (
    <button type="button" onClick={() => assessment.isValid && assessment.goTo({ sectionId: 'numbers' })}>
      To the figures
    </button>
  );
}

/** The bundled wizard on its figures step, in `props`' layout and language. */
async function renderOnFigures(props: Partial<AssessmentWizardProps> & { locale?: string } = {}) {
  const { locale, ...wizard } = props;
  const user = userEvent.setup();
  render(
    <AssessmentProvider questionnaire={socialMediaAssessment} defaultAnswers={beforeFigures} locale={locale}>
      <GoToFigures />
      <AssessmentWizard {...wizard} />
    </AssessmentProvider>,
  );
  await user.click(screen.getByRole('button', { name: 'To the figures' }));
  return user;
}

/** The "N of M questions answered" total the wizard shows now. */
const shownTotal = () => Number(/of (\d+) questions answered/.exec(document.querySelector('.rk-Wizard-progressAnswered')!.textContent!)![1]);

describe('progress counts known up front', () => {
  it('says on the figures offer how many questions "yes" adds, and the total then grows by exactly that', async () => {
    const user = await renderOnFigures();
    const offer = screen.getByRole('group', { name: /add your figures/ });
    const yes = within(offer).getByRole('radio', { name: /Yes, add my figures/ });
    expect(yes.closest('label')).toHaveTextContent('Adds 15 more questions.');
    // Heard as what the option is, then what it does.
    expect(yes).toHaveAccessibleName('Yes, add my figures');
    expect(yes).toHaveAccessibleDescription('Adds 15 more questions.');
    expect(within(offer).getByRole('radio', { name: /No, skip this step/ }).closest('label')).not.toHaveTextContent(/Adds/);
    const before = shownTotal();
    await user.click(yes);
    expect(shownTotal()).toBe(before + 15);
    // Once picked, the questions are in the count: the option no longer promises more.
    expect(yes.closest('label')).not.toHaveTextContent(/Adds/);
  });

  it('says it in focus mode too, on the one question shown, in the respondent’s language', async () => {
    await renderOnFigures({ layout: 'focus', locale: 'zh-Hant' });
    expect(document.querySelector('[data-option-adds]')).toHaveTextContent('會多出 15 道題目。');
  });

  it('says "1 more question" in the singular', () => {
    render(<AssessmentWizard questionnaire={miniQuestionnaire()} />);
    const market = screen.getByRole('group', { name: /Who do you sell to/ });
    expect(within(market).getByRole('radio', { name: /Businesses/ }).closest('label')).toHaveTextContent('Adds 1 more question.');
    expect(within(market).getByRole('radio', { name: /Consumers/ }).closest('label')).not.toHaveTextContent(/Adds/);
  });

  it('fills the step bar as far as its words say: step 1 of 3 is a third', () => {
    render(<AssessmentWizard questionnaire={miniQuestionnaire()} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuetext', 'Step 1 of 3');
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(bar).toHaveAttribute('aria-valuemax', '3');
    expect(bar.querySelector<HTMLElement>('.rk-Wizard-progressFill')!.style.inlineSize).toBe('33%');
  });
});
