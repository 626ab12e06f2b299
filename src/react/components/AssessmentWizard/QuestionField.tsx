import { memo, useId } from 'react';
import type { AnswerValue, Issue, Kpi, Profile, Question } from '../../../core';
import type { UiMessages } from '../../i18n/uiMessages.types';
import type { ValidAssessment } from '../../useAssessment.types';
import type { PartClassName } from '../../utils/partClassName';
import { ChoiceField } from './ChoiceField';
import { KpiPreview } from './KpiPreview';
import { NumberField } from './NumberField';
import { TextField } from './TextField';

/**
 * Props of `QuestionField`: only what this question shows, so that answering one question leaves
 * the others' props equal and `memo` skips them (the wizard re-renders on every answer).
 */
export interface QuestionFieldProps {
  question: Question;
  value: AnswerValue | undefined;
  issues: readonly Issue[] | undefined;
  /** The assessment's `answer`, stable across renders. */
  answer: ValidAssessment['answer'];
  text: (value: Question['label'] | undefined) => string;
  messages: UiMessages;
  cn: PartClassName;
  /** For a number question only: the live profile its KPI preview reads (it changes with every answer). */
  profile?: Profile;
  kpis?: readonly Kpi[];
  locale: string;
  currency: string | undefined;
  /** For a choice question some condition reads: by option id, how many questions picking it adds. */
  questionsAdded?: Readonly<Record<string, number>>;
}

/** One question of a step, as the field its type calls for, wired to the session. */
export const QuestionField = memo(function QuestionField(props: QuestionFieldProps) {
  const { question, value, issues, answer, text, messages, cn, profile } = props;
  const base = useId();
  const ids = { help: `${base}-help`, error: `${base}-error` };
  const onChange = (next: typeof value) => answer(question.id, next);
  const common = { value, issues, onChange, text, messages, cn, ids };

  switch (question.type) {
    case 'single':
    case 'multi':
    case 'likert':
      return <ChoiceField question={question} questionsAdded={props.questionsAdded} locale={props.locale} {...common} />;
    case 'number': {
      const fed = profile?.kpis.filter((kpi) => Object.hasOwn(kpi.inputs, question.id)) ?? [];
      const preview = fed.length > 0 && (
        <KpiPreview results={fed} kpis={props.kpis} text={text} messages={messages} locale={props.locale} currency={props.currency} cn={cn} />
      );
      return <NumberField question={question} {...common} footer={preview} />;
    }
    case 'text':
    case 'email':
      return (
        <TextField
          {...common}
          fieldId={question.id}
          type={question.type}
          value={typeof value === 'string' ? value : ''}
          label={text(question.label)}
          help={text(question.help)}
          required={question.required}
          multiline={question.type === 'text' ? question.multiline : undefined}
          maxLength={question.type === 'text' ? question.maxLength : undefined}
          onChange={(next) => onChange(next === '' ? undefined : next)}
        />
      );
  }
});
