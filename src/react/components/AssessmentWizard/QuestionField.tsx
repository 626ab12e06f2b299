import { useId } from 'react';
import type { Question } from '../../../core';
import type { ValidAssessment } from '../../useAssessment.types';
import type { PartClassName } from '../../utils/partClassName';
import { ChoiceField } from './ChoiceField';
import { KpiPreview } from './KpiPreview';
import { NumberField } from './NumberField';
import { TextField } from './TextField';

/** Props of `QuestionField`. */
export interface QuestionFieldProps {
  question: Question;
  assessment: ValidAssessment;
  text: (value: Question['label'] | undefined) => string;
  cn: PartClassName;
}

/** One question of a step, as the field its type calls for, wired to the session. */
export function QuestionField({ question, assessment, text, cn }: QuestionFieldProps) {
  const base = useId();
  const ids = { help: `${base}-help`, error: `${base}-error` };
  const { answers, session, messages } = assessment;
  const value = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  const issues = session.errors[question.id];
  const onChange = (next: typeof value) => assessment.answer(question.id, next);
  const common = { value, issues, onChange, text, messages, cn, ids };

  switch (question.type) {
    case 'single':
    case 'multi':
    case 'likert':
      return <ChoiceField question={question} {...common} />;
    case 'number': {
      const fed = assessment.profile.kpis.filter((kpi) => Object.hasOwn(kpi.inputs, question.id));
      const preview = fed.length > 0 && (
        <KpiPreview
          results={fed}
          kpis={assessment.questionnaire.kpis}
          text={text}
          messages={messages}
          locale={assessment.locale}
          currency={assessment.currency}
          cn={cn}
        />
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
}
