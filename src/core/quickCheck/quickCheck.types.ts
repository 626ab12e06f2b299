/** Which questions a session asks: the quick check's first pass, or the whole questionnaire. */
export type AssessmentScope = 'quick' | 'full';
