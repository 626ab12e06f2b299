/** One answer: an option id (single), option ids (multi), 1–5 (likert), a number, or text/email. */
export type AnswerValue = string | number | readonly string[];

/** Answers keyed by question id. A missing key means "not answered". */
export type Answers = Readonly<Record<string, AnswerValue>>;
