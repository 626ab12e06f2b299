import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { localise, normaliseLocale } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentWizard, bundledUiCatalogs, formatMessage, resolveUiMessages, uiMessagesEn } from '../../src/react';

const title = (locale: string) => localise(socialMediaAssessment.title, locale);
const question = socialMediaAssessment.sections[0]!.questions[0]!;
const firstOption = (locale: string) => localise(question.type === 'single' ? question.options[0]!.label : '', locale);

describe('locales', () => {
  it('switches language without losing answers', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<AssessmentWizard questionnaire={socialMediaAssessment} reference={socialMediaReference} locale="en" />);
    await user.click(screen.getByLabelText(firstOption('en')));
    rerender(<AssessmentWizard questionnaire={socialMediaAssessment} reference={socialMediaReference} locale="zh-Hant" />);
    expect(screen.getByRole('heading', { name: title('zh-Hant') })).toBeInTheDocument();
    expect(title('zh-Hant')).not.toBe(title('en'));
    expect(screen.getByLabelText(firstOption('zh-Hant'))).toBeChecked();
    expect(screen.getByRole('button', { name: bundledUiCatalogs['zh-Hant']!['wizard.next']! })).toBeInTheDocument();
  });

  it('negotiates a browser locale down its fallback chain: zh-TW and zh-Hant-HK get Traditional Chinese', () => {
    for (const locale of ['zh-TW', 'zh-HK', 'zh-Hant-TW']) {
      expect(resolveUiMessages(locale)['wizard.next']).toBe(bundledUiCatalogs['zh-Hant']!['wizard.next']);
      expect(localise(socialMediaAssessment.title, normaliseLocale(locale))).toBe(title('zh-Hant'));
    }
    expect(resolveUiMessages('fr-CA')['wizard.next']).toBe(uiMessagesEn['wizard.next']);
  });

  it('shows the wizard in Traditional Chinese for a browser that asks for zh-TW', () => {
    render(<AssessmentWizard questionnaire={socialMediaAssessment} reference={socialMediaReference} locale="zh-TW" />);
    expect(screen.getByRole('heading', { name: title('zh-Hant') })).toBeInTheDocument();
  });

  it('takes a host catalog that adds a locale, over English, with its own words where it has them', () => {
    const catalogs = { fr: { 'wizard.next': 'Suivant', 'wizard.progress': 'Étape {step} sur {count}' } };
    render(<AssessmentWizard questionnaire={socialMediaAssessment} reference={socialMediaReference} locale="fr-CA" catalogs={catalogs} />);
    expect(screen.getByRole('button', { name: 'Suivant' })).toBeInTheDocument();
    expect(screen.getByText(formatMessage(resolveUiMessages('fr', undefined, catalogs), 'wizard.progress', { step: 1, count: 12 }))).toBeInTheDocument();
  });

  it('lets a host reword a bundled locale, and its overrides win over every catalog', () => {
    const messages = resolveUiMessages('zh-Hant', { 'wizard.back': '返回上一步' }, { 'zh-Hant': { 'wizard.next': '繼續' } });
    expect(messages['wizard.next']).toBe('繼續');
    expect(messages['wizard.back']).toBe('返回上一步');
    expect(messages['wizard.submit']).toBe(bundledUiCatalogs['zh-Hant']!['wizard.submit']);
  });

  it('sets the language and direction of its root from the locale', () => {
    const { container, rerender } = render(<AssessmentWizard questionnaire={socialMediaAssessment} reference={socialMediaReference} locale="zh-Hant" />);
    const root = container.querySelector('.rk-Wizard')!;
    expect(root).toHaveAttribute('lang', 'zh-Hant');
    expect(root).toHaveAttribute('dir', 'ltr');
    rerender(<AssessmentWizard questionnaire={socialMediaAssessment} reference={socialMediaReference} locale="ar-EG" />);
    expect(root).toHaveAttribute('dir', 'rtl');
  });
});
