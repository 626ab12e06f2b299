'use client';

import { AssessmentProvider, AssessmentWizard, type Profile } from 'readiness-kit';
import { socialMediaAssessment, socialMediaReference } from 'readiness-kit/social-media';

/** The wizard; a client component, because `onComplete` is a function and cannot cross from the server. */
export function ReadinessCheck() {
  const handleComplete = (profile: Profile) => {
    // Send the profile (and any lead fields) to your own backend here: the kit makes no network calls.
    console.info(`Readiness index ${Math.round(profile.index)}, tier ${profile.tier}`);
  };
  return (
    <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} locale="en" onComplete={handleComplete}>
      <AssessmentWizard />
    </AssessmentProvider>
  );
}
