import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { localise, scoreAnswers, type Questionnaire, type ResultReference } from '../src/core';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';
import { AssessmentErrorPanel, AssessmentResult, AssessmentWizard, ExportButtons, resolveUiMessages, TeamComparison, type UiCatalogs } from '../src/react';
import { AssessmentDialog } from '../src/react/dialog';
import enterpriseSaas from '../examples/answers/enterprise-saas.json';
import { executiveAnswers, marketingAnswers, salesAnswers } from './fixtures/committeeProfiles';
import { PSEUDO_RTL_LOCALE, pseudoRtlAssessment, pseudoRtlUiMessages } from './fixtures/pseudoRtl';

/** What each locale's stories render with: the kit's own catalogs, or the pseudo-RTL test locale. */
interface LocaleSetup {
  locale: string;
  dir: 'ltr' | 'rtl';
  questionnaire: Questionnaire;
  /** The comparison rows and network rings, in the assessment's own languages. */
  reference: ResultReference;
  catalogs?: UiCatalogs;
}

const setups: Record<string, LocaleSetup> = {
  en: { locale: 'en', dir: 'ltr', questionnaire: socialMediaAssessment, reference: socialMediaReference },
  'zh-Hant': { locale: 'zh-Hant', dir: 'ltr', questionnaire: socialMediaAssessment, reference: socialMediaReference },
  ha: { locale: 'ha', dir: 'ltr', questionnaire: socialMediaAssessment, reference: socialMediaReference },
  [PSEUDO_RTL_LOCALE]: {
    locale: PSEUDO_RTL_LOCALE,
    dir: 'rtl',
    questionnaire: pseudoRtlAssessment,
    reference: socialMediaReference,
    catalogs: { [PSEUDO_RTL_LOCALE]: pseudoRtlUiMessages },
  },
};

type View = 'wizard' | 'dialog' | 'result' | 'team' | 'error';

/** One view of the kit in one locale, inside a page of that language and direction. */
function LocaleView({ setup, view }: { setup: LocaleSetup; view: View }) {
  const { locale, dir, questionnaire, reference, catalogs } = setup;
  const messages = resolveUiMessages(locale, undefined, catalogs);
  const profile = scoreAnswers(questionnaire, enterpriseSaas);
  return (
    <div lang={locale} dir={dir}>
      {view === 'wizard' && <AssessmentWizard questionnaire={questionnaire} reference={reference} locale={locale} catalogs={catalogs} />}
      {view === 'dialog' && <AssessmentDialog questionnaire={questionnaire} reference={reference} locale={locale} catalogs={catalogs} defaultOpen />}
      {view === 'result' && (
        <>
          <AssessmentResult profile={profile} questionnaire={questionnaire} reference={reference} locale={locale} messages={messages} headingLevel={2} />
          <ExportButtons profile={profile} questionnaire={questionnaire} locale={locale} messages={messages} />
        </>
      )}
      {view === 'team' && (
        <TeamComparison
          members={[
            { label: 'Marketing', profile: scoreAnswers(questionnaire, marketingAnswers) },
            { label: 'Sales', profile: scoreAnswers(questionnaire, salesAnswers) },
            { label: 'Executive', profile: scoreAnswers(questionnaire, executiveAnswers) },
          ]}
          questionnaire={questionnaire}
          locale={locale}
          messages={messages}
          headingLevel={2}
        />
      )}
      {view === 'error' && (
        <AssessmentErrorPanel issues={[{ code: 'missing_field', path: 'sections', segments: ['sections'], message: 'is required', params: {} }]} messages={messages} />
      )}
    </div>
  );
}

const meta = {
  title: 'Foundations/Locales',
  component: LocaleView,
  parameters: {
    docs: {
      description: {
        component:
          'Every component in each of the kit’s locales (English, Traditional Chinese, Hausa) and in the pseudo right-to-left test locale `ar-XB`, whose words read backwards so that a text not taken from a catalog, or a layout that assumes left to right, shows.',
      },
    },
  },
} satisfies Meta<typeof LocaleView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The wizard's first step: the questionnaire's title and the kit's own words come from the locale's catalogs. */
function wizard(locale: string): Story {
  const setup = setups[locale]!;
  return {
    name: `${locale}: wizard`,
    args: { setup, view: 'wizard' },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const messages = resolveUiMessages(locale, undefined, setup.catalogs);
      await expect(canvas.getByRole('heading', { name: localise(setup.questionnaire.title, locale) })).toBeVisible();
      const next = canvas.getByRole('button', { name: messages['wizard.next'] });
      const form = next.closest('form')!;
      // The primary action sits at the end of the line: on the right in LTR, on the left in RTL.
      const nextBox = next.getBoundingClientRect();
      const formBox = form.getBoundingClientRect();
      if (setup.dir === 'rtl') await expect(nextBox.left - formBox.left).toBeLessThan(formBox.right - nextBox.right);
      else await expect(formBox.right - nextBox.right).toBeLessThan(nextBox.left - formBox.left);
      // Answering works the same in every locale.
      const firstOption = canvas.getAllByRole('radio')[0]!;
      await userEvent.click(firstOption);
      await expect(firstOption).toBeChecked();
    },
  };
}

/** The dialog, open: its title and close button in the locale. */
function dialog(locale: string): Story {
  const setup = setups[locale]!;
  return {
    name: `${locale}: dialog`,
    args: { setup, view: 'dialog' },
    play: async () => {
      const messages = resolveUiMessages(locale, undefined, setup.catalogs);
      const name = localise(setup.questionnaire.title, locale);
      // It fades in, and the story may mount again (the theme toolbar): each check finds the dialog afresh, and
      // waits for its animation to end so that the a11y check sees it, not a blend of it.
      await waitFor(async () => {
        const current = screen.getByRole('dialog', { name });
        await Promise.all(current.getAnimations().map((animation) => animation.finished));
        await expect(within(current).getByRole('button', { name: messages['dialog.close'] })).toBeVisible();
      });
      const open = screen.getByRole('dialog', { name });
      // Portalled to the body, outside the story's wrapper: the dialog carries the direction itself.
      await expect(getComputedStyle(open).direction).toBe(setup.dir === 'rtl' ? 'rtl' : 'ltr');
    },
  };
}

/** Every result view: summary, recommendations, chart, KPI cards, network rings and comparison table. */
function result(locale: string): Story {
  const setup = setups[locale]!;
  return {
    name: `${locale}: result`,
    args: { setup, view: 'result' },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const messages = resolveUiMessages(locale, undefined, setup.catalogs);
      for (const key of ['profile.title', 'chart.title', 'recommendations.title'] as const) {
        await expect(canvas.getByRole('heading', { level: 2, name: messages[key] })).toBeVisible();
      }
      // The key figures and the other details sit below, each in a disclosure labelled in the locale.
      for (const key of ['kpi.title', 'network.title', 'comparison.title'] as const) {
        await expect(canvas.getByText(messages[key], { selector: 'summary *' })).toBeVisible();
      }
      const dimension = setup.questionnaire.dimensions[0]!;
      await expect(canvas.getAllByText(localise(dimension.label, locale)).length).toBeGreaterThan(0);
    },
  };
}

/** A buying committee side by side: the disagreements, the table with the spread, the chart. */
function team(locale: string): Story {
  const setup = setups[locale]!;
  return {
    name: `${locale}: team comparison`,
    args: { setup, view: 'team' },
    play: async ({ canvasElement }) => {
      const messages = resolveUiMessages(locale, undefined, setup.catalogs);
      const canvas = within(canvasElement);
      await expect(canvas.getByRole('heading', { level: 2, name: messages['team.title'] })).toBeVisible();
      await expect(canvas.getAllByRole('columnheader', { name: messages['comparison.spread'] }).length).toBeGreaterThan(0);
    },
  };
}

/** The error panel a broken definition shows. */
function error(locale: string): Story {
  const setup = setups[locale]!;
  return {
    name: `${locale}: error panel`,
    args: { setup, view: 'error' },
    play: async ({ canvasElement }) => {
      const messages = resolveUiMessages(locale, undefined, setup.catalogs);
      await expect(within(canvasElement).getByRole('heading', { name: messages['error.title'] })).toBeVisible();
    },
  };
}

export const EnglishWizard = wizard('en');
export const EnglishDialog = dialog('en');
export const EnglishResult = result('en');
export const EnglishTeam = team('en');
export const EnglishError = error('en');
export const TraditionalChineseWizard = wizard('zh-Hant');
export const TraditionalChineseDialog = dialog('zh-Hant');
export const TraditionalChineseResult = result('zh-Hant');
export const TraditionalChineseTeam = team('zh-Hant');
export const TraditionalChineseError = error('zh-Hant');
export const HausaWizard = wizard('ha');
export const HausaDialog = dialog('ha');
export const HausaResult = result('ha');
export const HausaTeam = team('ha');
export const HausaError = error('ha');
export const PseudoRtlWizard = wizard(PSEUDO_RTL_LOCALE);
export const PseudoRtlDialog = dialog(PSEUDO_RTL_LOCALE);
export const PseudoRtlResult = result(PSEUDO_RTL_LOCALE);
export const PseudoRtlTeam = team(PSEUDO_RTL_LOCALE);
export const PseudoRtlError = error(PSEUDO_RTL_LOCALE);
