import type { AnswerValue, Issue, LocalisedText } from '../../../core';
import type { UiMessages } from '../../i18n/uiMessages.types';
import type { PartClassName } from '../../utils/partClassName';
import type { FieldIds } from './FieldShell';

/** What every question field gets from `QuestionField`: its answer, its issues and the wizard's means. */
export interface QuestionFieldBaseProps {
  value: AnswerValue | undefined;
  issues: readonly Issue[] | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  text: (value: LocalisedText | undefined) => string;
  messages: UiMessages;
  cn: PartClassName;
  ids: FieldIds;
}
