import type { Answers, Questionnaire, ResultReference, Result } from '../core';
import type { PlaygroundMessageOverrides } from './i18n/playgroundMessages.types';

/** Props of `AssessmentPlayground`. */
export interface AssessmentPlaygroundProps {
  /** The definition to start from: JSON text, or an object (shown as JSON indented by two spaces). */
  initialDefinition: string | Questionnaire | object;
  /** Named answer sets the author can simulate (`{ 'Enterprise SaaS': { market: 'b2b', … } }`). */
  personas?: Readonly<Record<string, Answers>>;
  /** Reference content the result views show beside a profile (`socialMediaReference` for the bundled assessment). */
  reference?: ResultReference;
  /** The locale of the playground's words, the issue messages, the wizard and the results (default `en`). */
  locale?: string;
  /** Overrides of the playground's own words. */
  messages?: PlaygroundMessageOverrides;
  /** Called after each edit is checked, with the text and what `parseQuestionnaire` made of it. */
  onChange?: (json: string, result: Result<Questionnaire>) => void;
  /** How long typing must pause before the text is checked, in milliseconds (default 300). */
  validationDelay?: number;
  /** The seed the "Randomise" field starts with (default 1). */
  initialSeed?: number;
  /** The level of the playground's heading; its panels' headings sit one below (default 2). */
  headingLevel?: 2 | 3;
  /** Extra class names for the root element. */
  className?: string;
}
