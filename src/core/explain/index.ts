/** Reasons in plain words: the formatter the React kit and the CLI share, and its catalogs. */
export { explainReasons } from './explainReasons';
export type { ExplainOptions, ReasonMessages } from './explain.types';
export { reasonMessagesEn } from './reasonMessages.en';
export { reasonMessagesZhHant } from './reasonMessages.zh-Hant';
export { reasonMessagesHa } from './reasonMessages.ha';
export { reasonCatalogs, reasonMessagesFor } from './reasonCatalogs';
export { fillMessage } from './fillMessage';
export { formatNumber, type FormatNumberOptions, type NumberUnit } from './formatNumber';
