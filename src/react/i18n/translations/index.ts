import type { UiCatalogs } from '../uiMessages.types';
import { uiMessagesHa } from './uiMessages.ha';
import { uiMessagesZhHant } from './uiMessages.zh-Hant';

export { uiMessagesHa } from './uiMessages.ha';
export { uiMessagesZhHant } from './uiMessages.zh-Hant';

/**
 * The kit's UI words in its other languages. A module of its own in the build (`dist/ui-translations.js`),
 * like the bundled assessment's texts, so the size budgets count words apart from code.
 */
export const uiTranslations: UiCatalogs = { 'zh-Hant': uiMessagesZhHant, ha: uiMessagesHa };
