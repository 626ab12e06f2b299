/** A profile record's `questionnaire` (`b2b-social-media@2.0.0`) split into id and version; the version is after the last `@`. */
export function splitQuestionnaireRef(ref: string): { id: string; version: string } {
  const at = ref.lastIndexOf('@');
  return at < 0 ? { id: ref, version: '' } : { id: ref.slice(0, at), version: ref.slice(at + 1) };
}
