import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles/index.css';

/**
 * The locales of the toolbar: the kit's three, `de` (no catalog: Intl number formatting and the
 * fallback of texts to English) and the pseudo right-to-left test locale (stories/fixtures/pseudoRtl.ts).
 */
const locales = [
  { value: 'en', title: 'English', right: 'en' },
  { value: 'zh-Hant', title: '繁體中文', right: 'zh-Hant' },
  { value: 'ha', title: 'Hausa', right: 'ha' },
  { value: 'de', title: 'Deutsch (numbers only)', right: 'de' },
  { value: 'ar-XB', title: 'Pseudo right-to-left (layout test)', right: 'ar-XB' },
] as const;

/** Locales written right to left: the wrapper gets `dir="rtl"`, as a host page in such a language has. */
const rightToLeft = new Set(['ar-XB']);

/** The kit's themes: the `data-theme` values its tokens understand. */
const themes = [
  { value: 'light', title: 'Light', icon: 'sun' },
  { value: 'dark', title: 'Dark', icon: 'moon' },
  { value: 'auto', title: 'Auto (system)', icon: 'browser' },
] as const;

/**
 * Wraps every story in a themed surface, the way a host page would: `data-theme` on an ancestor, the
 * kit's background behind it, so colour contrast is checked against the surface the kit really sits on.
 */
const withTheme: Decorator = (Story, context) => {
  const locale: string = context.globals.locale ?? 'en';
  return (
    <div
      data-theme={context.globals.theme ?? 'light'}
      lang={locale}
      dir={rightToLeft.has(locale) ? 'rtl' : 'ltr'}
      style={{ background: 'var(--rk-color-background)', padding: '1rem' }}
    >
      <Story />
    </div>
  );
};

/**
 * Hands the toolbar's locale to the story as its `locale` arg: that is how a host sets the locale of a
 * result view (`<KpiGrid locale="de" />`), the wizard or the provider. Only when the story's component
 * declares a `locale` prop (react-docgen lists it in `argTypes`), so no stray prop reaches components
 * without one. A story that sets `args.locale` itself keeps it: that is how a story pins a locale.
 *
 * In the story tests (vitest), Storybook leaves react-docgen out for speed, so there `argTypes` holds
 * only what a story declares or its args imply: the global reaches a story only if it lists `locale`
 * in `args` or `argTypes`. The tests run with `en`, every component's default, so the render is the
 * same; a test project for another locale (`storybookTest({ initialGlobals: { locale: 'de' } })`)
 * needs `argTypes: { locale: { control: 'text' } }` in the stories' meta.
 */
const withLocale: Decorator = (Story, context) => {
  if (!('locale' in context.argTypes) || context.args.locale !== undefined) return <Story />;
  return <Story args={{ ...context.args, locale: context.globals.locale ?? 'en' }} />;
};

const preview: Preview = {
  // Decorators run inside out: the locale reaches the story's args, the theme wraps it all.
  decorators: [withLocale, withTheme],
  globalTypes: {
    theme: {
      description: 'Colour theme of the kit (data-theme)',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: [...themes], dynamicTitle: true },
    },
    locale: {
      description: 'Locale of texts and numbers',
      toolbar: { title: 'Locale', icon: 'globe', items: [...locales], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    // The decorator pads the themed surface itself; Storybook's own padding would show white around it.
    layout: 'fullscreen',
    // A violation (colour contrast included) fails the story's test, not just a panel warning.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
