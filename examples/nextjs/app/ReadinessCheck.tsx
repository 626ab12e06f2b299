'use client';

import { AssessmentProvider, AssessmentWizard, type Profile } from 'readiness-kit';
import { socialMediaAssessment, socialMediaReference } from 'readiness-kit/social-media';

/** The wizard; a client component, because `onComplete` is a function and cannot cross from the server. */
export function ReadinessCheck() {
  const handleComplete = (profile: Profile) => {
    // Send the profile (and any lead fields) to your own backend here: the kit makes no network calls.
    // A provisional profile (too little answered) claims no tier, and a blank one has no index.
    const index = profile.index === null ? 'none' : Math.round(profile.index);
    console.info(`Readiness index ${index}, tier ${profile.tier ?? 'not claimed yet'}`);
  };
  return (
    <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} locale="en" onComplete={handleComplete}>
      <AssessmentWizard />
    </AssessmentProvider>
  );
}
