import { useId } from 'react';
import type { LocalisedText } from '../../../core';
import type { LeadField, ValidAssessment } from '../../useAssessment.types';
import type { PartClassName } from '../../utils/partClassName';
import { TextField } from './TextField';

/** Props of `LeadCaptureFields`. */
export interface LeadCaptureFieldsProps {
  assessment: ValidAssessment;
  text: (value: LocalisedText | undefined) => string;
  cn: PartClassName;
}

/** One lead-capture field. */
function LeadFieldInput({ field, assessment, text, cn }: LeadCaptureFieldsProps & { field: LeadField }) {
  const base = useId();
  return (
    <TextField
      fieldId={field.id}
      type={field.type}
      label={text(field.label)}
      help={text(field.help)}
      value={assessment.lead[field.id] ?? ''}
      required={field.required}
      multiline={field.type === 'text' ? field.multiline : undefined}
      maxLength={field.type === 'text' ? field.maxLength : undefined}
      autoComplete={field.autoComplete}
      issues={assessment.leadErrors[field.id]}
      onChange={(value) => assessment.setLead(field.id, value)}
      messages={assessment.messages}
      cn={cn}
      ids={{ help: `${base}-help`, error: `${base}-error` }}
    />
  );
}

/** The host's lead-capture section on the review step: never scored, handed to `onComplete` only. */
export function LeadCaptureFields({ assessment, text, cn }: LeadCaptureFieldsProps) {
  const { leadCapture, messages } = assessment;
  if (!leadCapture || leadCapture.fields.length === 0) return null;
  return (
    <fieldset className={cn('lead')}>
      <legend className={cn('legend')}>{leadCapture.title ? text(leadCapture.title) : messages['review.lead']}</legend>
      {leadCapture.description && <p className={cn('help')}>{text(leadCapture.description)}</p>}
      {leadCapture.fields.map((field) => (
        <LeadFieldInput key={field.id} field={field} assessment={assessment} text={text} cn={cn} />
      ))}
    </fieldset>
  );
}
