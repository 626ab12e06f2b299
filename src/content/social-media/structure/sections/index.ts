import type { SectionSpec } from '../structure.types';
import { audienceSection } from './audience';
import { communitySection } from './community';
import { contentSection } from './content';
import { goalsSection } from './goals';
import { measurementSection } from './measurement';
import { networkSection } from './network';
import { numbersSection } from './numbers';
import { organisationSection } from './organisation';
import { platformsSection } from './platforms';
import { profileSection } from './profile';
import { proofSection } from './proof';
import { relationshipsSection } from './relationships';

/** The wizard steps in order: profile, one per dimension, then the optional numbers. */
export const sections: SectionSpec[] = [
  profileSection,
  audienceSection,
  goalsSection,
  platformsSection,
  contentSection,
  proofSection,
  networkSection,
  communitySection,
  relationshipsSection,
  measurementSection,
  organisationSection,
  numbersSection,
];
