import { AssessmentProvider, AssessmentWizard, ComparisonTable, KpiGrid, ProfileSummary } from 'readiness-kit';
import { socialMediaAssessment, socialMediaReference } from 'readiness-kit/social-media';

/** The host page: the kit's wizard, and once it is complete, the result views the host chose. */
export function App() {
  return (
    <main>
      <h1>How ready is your social media for B2B?</h1>
      <AssessmentProvider
        questionnaire={socialMediaAssessment}
        reference={socialMediaReference}
        onComplete={(profile) => console.info('Readiness index', profile.index)}
      >
        <AssessmentWizard
          renderResult={() => (
            <>
              <ProfileSummary headingLevel={4} />
              <KpiGrid headingLevel={4} hideUnavailable />
              <ComparisonTable />
            </>
          )}
        />
      </AssessmentProvider>
    </main>
  );
}
