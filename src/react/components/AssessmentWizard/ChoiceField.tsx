import type { LikertQuestion, MultiChoiceQuestion, SingleChoiceQuestion } from '../../../core';
import { formatMessage } from '../../i18n/formatMessage';
import type { QuestionFieldBaseProps } from './fieldProps';
import { describedBy, FieldShell } from './FieldShell';

/** Props of `ChoiceField`. */
export interface ChoiceFieldProps extends QuestionFieldBaseProps {
  question: SingleChoiceQuestion | MultiChoiceQuestion | LikertQuestion;
  /** By option id, how many questions picking it adds: said beside the option. */
  questionsAdded?: Readonly<Record<string, number>>;
  /** The respondent's locale, whose plural rules word "adds N more questions" (default `en`). */
  locale?: string;
}

const LIKERT = [1, 2, 3, 4, 5] as const;

/** A multi-choice answer with one option toggled, kept in the options' order whatever the click order. */
function toggle(question: MultiChoiceQuestion, chosen: readonly string[], optionId: string): string[] {
  const next = new Set(chosen);
  if (next.has(optionId)) next.delete(optionId);
  else next.add(optionId);
  return question.options.filter((option) => next.has(option.id)).map((option) => option.id);
}

/**
 * The check mark badge on a chosen option card: with the thicker border, it shows the choice by
 * shape, not colour alone. Decorative: the input already tells assistive technology it is checked.
 */
function OptionCheck({ cn }: { cn: ChoiceFieldProps['cn'] }) {
  return (
    <span className={cn('optionCheck')} aria-hidden="true">
      <svg className={cn('optionCheckIcon')} viewBox="0 0 16 16" width="16" height="16" focusable="false">
        <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </span>
  );
}

/**
 * A choice question as native radios (single, likert) or checkboxes (multi) in a fieldset, so the
 * browser gives the keyboard behaviour (arrows within a radio group, Space on a checkbox).
 */
export function ChoiceField({ question, value, issues, onChange, text, messages, cn, ids, questionsAdded, locale = 'en' }: ChoiceFieldProps) {
  const addsText = (optionId: string) => {
    const count = questionsAdded && Object.hasOwn(questionsAdded, optionId) ? questionsAdded[optionId]! : 0;
    return count === 0 ? '' : formatMessage(messages, 'option.addsQuestions', { count }, locale);
  };
  const help = [text(question.help), question.type === 'multi' && question.max ? formatMessage(messages, 'multi.max', { max: question.max }) : '']
    .filter(Boolean)
    .join(' ');
  const invalid = Boolean(issues?.length);
  const described = describedBy(ids, Boolean(help), invalid);
  const name = `${ids.help}-${question.id}`;
  const label = (
    <legend className={cn('legend')}>
      {text(question.label)}
      {question.required && <span className={cn('required')}> ({messages['wizard.required']})</span>}
    </legend>
  );

  const choices =
    question.type === 'likert'
      ? LIKERT.map((point) => ({
          id: String(point),
          checked: value === point,
          label: formatMessage(messages, 'likert.scale', { value: point }),
          hint: point === 1 ? text(question.minLabel) : point === 5 ? text(question.maxLabel) : '',
          adds: '',
          select: () => onChange(point),
        }))
      : question.options.map((option) => {
          const chosen = Array.isArray(value) ? (value as readonly string[]) : [];
          const checked = question.type === 'multi' ? chosen.includes(option.id) : value === option.id;
          return {
            id: option.id,
            checked,
            label: text(option.label),
            hint: text(option.description),
            adds: addsText(option.id),
            select: () =>
              question.type === 'multi'
                ? onChange(toggle(question, chosen, option.id))
                : onChange(option.id),
          };
        });

  return (
    <FieldShell as="fieldset" fieldId={question.id} cn={cn} ids={ids} help={help} issues={issues} messages={messages} label={label}>
      <div className={cn('options')} data-type={question.type}>
        {choices.map((choice) => (
          <label key={choice.id} className={cn('option')} data-state={choice.checked ? 'checked' : 'unchecked'}>
            <input
              className={cn('input')}
              type={question.type === 'multi' ? 'checkbox' : 'radio'}
              name={name}
              value={choice.id}
              checked={choice.checked}
              onChange={choice.select}
              aria-invalid={invalid || undefined}
              // With a note of what it adds, the name is the option's words alone and the note its description.
              aria-labelledby={choice.adds ? `${name}-${choice.id}-label` : undefined}
              aria-describedby={[described, choice.adds ? `${name}-${choice.id}-adds` : undefined].filter(Boolean).join(' ') || undefined}
            />
            <span className={cn('optionLabel')}>
              <span id={choice.adds ? `${name}-${choice.id}-label` : undefined}>
                {choice.label}
                {choice.hint && <span className={cn('optionHint')}> {choice.hint}</span>}
              </span>
              {/* What picking it does, not what it is: the input's description, kept out of its name. */}
              {choice.adds && (
                <span id={`${name}-${choice.id}-adds`} className={cn('optionAdds')} data-option-adds="">
                  {choice.adds}
                </span>
              )}
            </span>
            {choice.checked && <OptionCheck cn={cn} />}
          </label>
        ))}
      </div>
    </FieldShell>
  );
}
