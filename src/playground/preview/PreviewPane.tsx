import { useEffect, useMemo, useRef } from 'react';
import type { Answers, Questionnaire, ResultReference, SessionStep } from '../../core';
import { AssessmentProvider } from '../../react/components/AssessmentProvider/AssessmentProvider';
import { AssessmentWizard } from '../../react/components/AssessmentWizard/AssessmentWizard';
import { useAssessmentContext } from '../../react/context/AssessmentContext';
import { contentKey, structureKey } from './definitionKeys';

/** Props of `PreviewPane`. */
export interface PreviewPaneProps {
  /** The last valid definition. */
  questionnaire: Questionnaire;
  /** Reference content for the result view. */
  reference?: ResultReference | undefined;
  locale: string;
}

/** Where the author was in the wizard, to come back to after an edit that keeps the structure. */
interface Progress {
  structure: string;
  answers: Answers | undefined;
  sectionId: string | undefined;
}

/** Takes the wizard back to the step the author was on, once, after the preview restarted. */
function ReturnToStep({ sectionId }: { sectionId: string | undefined }) {
  const assessment = useAssessmentContext('ReturnToStep');
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !assessment.isValid || sectionId === undefined) return;
    done.current = true;
    if (assessment.questionnaire.sections.some((section) => section.id === sectionId)) assessment.goTo({ sectionId });
  }, [assessment, sectionId]);
  return null;
}

/**
 * The wizard over the last valid definition. A change of text or points shows at once, with the
 * answers and the step kept; a change of structure (ids, types, options, steps) starts afresh.
 */
export function PreviewPane({ questionnaire, reference, locale }: PreviewPaneProps) {
  const structure = useMemo(() => structureKey(questionnaire), [questionnaire]);
  const content = useMemo(() => contentKey(questionnaire), [questionnaire]);
  const progress = useRef<Progress>({ structure, answers: undefined, sectionId: undefined });
  if (progress.current.structure !== structure) progress.current = { structure, answers: undefined, sectionId: undefined };
  const carried = progress.current;
  return (
    // The provider keeps its store per id and version: a new key is how an edited text reaches the wizard.
    <AssessmentProvider
      key={content}
      questionnaire={questionnaire}
      reference={reference}
      locale={locale}
      defaultAnswers={carried.answers}
      onAnswersChange={(answers) => {
        progress.current.answers = answers;
      }}
      onStepChange={(step: SessionStep | null) => {
        progress.current.sectionId = step?.kind === 'section' ? step.sectionId : undefined;
      }}
    >
      <ReturnToStep sectionId={carried.sectionId} />
      <AssessmentWizard headingLevel={4} />
    </AssessmentProvider>
  );
}
