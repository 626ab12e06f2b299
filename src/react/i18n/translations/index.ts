import { issueMessagesHa } from '../../../core/i18n/issueMessages.ha';
import { issueMessagesZhHant } from '../../../core/i18n/issueMessages.zh-Hant';
import type { IssueMessageCatalog } from '../../../core/issueMessages';
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

/** The core's issue messages in the same languages, for the error panel. */
export const issueTranslations: Readonly<Record<string, IssueMessageCatalog>> = { 'zh-Hant': issueMessagesZhHant, ha: issueMessagesHa };
