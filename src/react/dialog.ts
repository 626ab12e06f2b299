'use client';
/**
 * readiness-kit/dialog: the wizard in a modal dialog. Its own entry because it brings Radix Dialog
 * (about 14 kB gzip), which hosts that embed the wizard inline should never ship, bundler or not.
 */
export { AssessmentDialog, type AssessmentDialogProps } from './components/AssessmentDialog/AssessmentDialog';
