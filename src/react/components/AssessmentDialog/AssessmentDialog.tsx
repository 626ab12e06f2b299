import * as Dialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode } from 'react';
import { localise } from '../../../core';
import { useAssessmentRuntimeContext } from '../../context/AssessmentContext';
import type { StandaloneAssessmentOptions, UseAssessmentOptions } from '../../useAssessment.types';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { AssessmentErrorPanel } from '../AssessmentErrorPanel/AssessmentErrorPanel';
import { AssessmentProvider } from '../AssessmentProvider/AssessmentProvider';
import { AssessmentWizard, type AssessmentWizardProps } from '../AssessmentWizard/AssessmentWizard';
import { textDirection } from '../../utils/textDirection';
import { focusFirstInShadowRoot, trapTabInShadowRoot } from './shadowRootFocus';

/** Props of `AssessmentDialog`: the options of `useAssessment` (ignored inside a provider), the dialog's state and its look. */
export interface AssessmentDialogProps extends StandaloneAssessmentOptions, StylingProps {
  /** Whether the dialog is open (controlled). Pair with `onOpenChange`. */
  open?: boolean;
  /** Whether the dialog starts open (uncontrolled). */
  defaultOpen?: boolean;
  /** Called when the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void;
  /** The trigger button's text (default: "Start the assessment"). */
  triggerLabel?: ReactNode;
  /** Your own trigger element instead of the kit's button; it must be a button or forward its ref. */
  trigger?: ReactNode;
  /** Where the dialog is portalled; default `document.body`. Pass an element inside a shadow root to keep styles (focus then stays inside it too). */
  container?: HTMLElement | null;
  /** Theme of the dialog, which is portalled away from your wrapper: `light`, `dark` or `auto`. */
  theme?: 'light' | 'dark' | 'auto';
  /** What to show once the respondent finishes; default: the kit's result view. */
  renderResult?: AssessmentWizardProps['renderResult'];
  /** The wizard's layout inside the dialog: `steps` (default) or `focus`, one question per screen. */
  layout?: AssessmentWizardProps['layout'];
}

/**
 * The wizard in a modal dialog (Radix Dialog) with its trigger button. Focus is trapped while open
 * and returns to the trigger on close; Escape closes it. Answers live outside the dialog, so closing
 * and reopening keeps them.
 * @example <AssessmentDialog triggerLabel="Check your B2B readiness" onComplete={sendToCrm} />
 */
export function AssessmentDialog(props: AssessmentDialogProps) {
  const context = useAssessmentRuntimeContext();
  const { open, defaultOpen, onOpenChange, triggerLabel, trigger, container, theme, renderResult, layout, className, unstyled, ...options } = props;
  const dialog = { open, defaultOpen, onOpenChange, triggerLabel, trigger, container, theme, renderResult, layout, className, unstyled };
  if (context) return <DialogFromContext {...dialog} />;
  return (
    <AssessmentProvider {...options} questionnaire={options.questionnaire}>
      <DialogFromContext {...dialog} />
    </AssessmentProvider>
  );
}

type DialogViewProps = Omit<AssessmentDialogProps, keyof UseAssessmentOptions>;

/** The dialog over the provider's assessment. */
function DialogFromContext({ open, defaultOpen, onOpenChange, triggerLabel, trigger, container, theme, renderResult, layout, className, unstyled }: DialogViewProps) {
  // The runtime, not the whole state: the dialog's frame needs no re-render on every answer (the wizard inside subscribes).
  const assessment = useAssessmentRuntimeContext();
  const cn = partClassName('Dialog', { className, unstyled });
  const contentRef = useRef<HTMLDivElement>(null);
  if (!assessment) return null;
  if (!assessment.isValid) return <AssessmentErrorPanel issues={assessment.issues} messages={assessment.messages} locale={assessment.locale} />;
  const { messages } = assessment;
  return (
    <Dialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>
        {trigger ?? (
          <button type="button" className={cn('trigger', 'rk-Button')}>
            {triggerLabel ?? messages['dialog.trigger']}
          </button>
        )}
      </Dialog.Trigger>
      <Dialog.Portal container={container}>
        <Dialog.Overlay className={cn('overlay')} data-theme={theme} />
        <Dialog.Content
          ref={contentRef}
          className={cn()}
          data-theme={theme}
          lang={assessment.locale}
          dir={textDirection(assessment.locale)}
          aria-describedby={undefined}
          onOpenAutoFocus={(event) => focusFirstInShadowRoot(event, contentRef.current)}
          onKeyDown={trapTabInShadowRoot}
        >
          <div className={cn('header')}>
            <Dialog.Title className={cn('title', 'rk-Heading')}>
              {localise(assessment.questionnaire.title, assessment.locale)}
            </Dialog.Title>
            <Dialog.Close className={cn('close', 'rk-Button')} data-variant="secondary">
              {messages['dialog.close']}
            </Dialog.Close>
          </div>
          <AssessmentWizard showTitle={false} headingLevel={2} renderResult={renderResult} layout={layout} unstyled={unstyled} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
