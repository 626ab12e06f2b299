import type { Profile, Questionnaire } from '../core';
import type { CliWords } from './i18n/cliWords';
import type { Labels } from './labelsOf';

/** Everything a section of the score table reads: the profile, its questionnaire's labels and the locale's words. */
export interface TableContext {
  profile: Profile;
  questionnaire: Questionnaire;
  labels: Labels;
  words: CliWords;
}

/** The widest a wrapped line of the table gets, in terminal cells. */
export const TABLE_WIDTH = 100;
