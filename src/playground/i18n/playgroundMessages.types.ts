/**
 * The playground's own words, one flat catalog per locale. The playground is an author's tool, so
 * its words live apart from the respondent-facing UI catalogs; the wizard and result views it shows
 * keep theirs. Placeholders in `{braces}`.
 */
export interface PlaygroundMessages {
  /** The playground's heading. */
  'playground.title': string;
  /** The editor's heading. */
  'editor.title': string;
  /** The textarea's label. */
  'editor.label': string;
  /** How the keyboard works in the editor. */
  'editor.hint': string;
  /** The issues' heading. */
  'issues.title': string;
  /** The live count when the definition is valid. */
  'issues.none': string;
  /** The live count of issues. */
  'issues.count': string;
  /** Shown while the text waits to be checked. */
  'issues.checking': string;
  /** Where an issue is in the text. */
  'issues.location': string;
  /** Where an issue is, when its path leads to a part the text lacks: the nearest part that exists. */
  'issues.locationNear': string;
  /** The path of an issue about the whole definition. */
  'issues.root': string;
  /** What a button of the list does, for assistive technology. */
  'issues.jump': string;
  /** A JSON syntax error's label in the list. */
  'syntax.title': string;
  /** Per JSON syntax error (jsonc-parser's codes). */
  'syntax.InvalidSymbol': string;
  'syntax.InvalidNumberFormat': string;
  'syntax.PropertyNameExpected': string;
  'syntax.ValueExpected': string;
  'syntax.ColonExpected': string;
  'syntax.CommaExpected': string;
  'syntax.CloseBraceExpected': string;
  'syntax.CloseBracketExpected': string;
  'syntax.EndOfFileExpected': string;
  'syntax.InvalidCommentToken': string;
  'syntax.UnexpectedEndOfComment': string;
  'syntax.UnexpectedEndOfString': string;
  'syntax.UnexpectedEndOfNumber': string;
  'syntax.InvalidUnicode': string;
  'syntax.InvalidEscapeCharacter': string;
  'syntax.InvalidCharacter': string;
  /** The preview's heading. */
  'preview.title': string;
  /** Said while the text is invalid and an earlier valid version is shown. */
  'preview.stale': string;
  /** Said when no version of the text was valid yet. */
  'preview.none': string;
  /** The simulation's heading. */
  'simulate.title': string;
  /** The persona picker's label. */
  'simulate.persona': string;
  /** Runs the chosen persona's answers. */
  'simulate.runPersona': string;
  /** The seed field's label. */
  'simulate.seed': string;
  /** What the seed is for. */
  'simulate.seedHint': string;
  /** Random answers with the seed in the field. */
  'simulate.randomise': string;
  /** Random answers with a fresh seed. */
  'simulate.newSeed': string;
  /** Before anything was simulated. */
  'simulate.idle': string;
  /** Said when there is no valid definition to simulate. */
  'simulate.noDefinition': string;
  /** The result's heading for a persona. */
  'simulate.resultPersona': string;
  /** The result's heading for random answers. */
  'simulate.resultRandom': string;
  /** Answers that the definition could not use. */
  'simulate.leftOut': string;
  /** Fired rules' heading. */
  'rules.fired': string;
  /** Rules that did not fire: heading. */
  'rules.notFired': string;
  /** An empty list of rules. */
  'rules.none': string;
  /** Why a rule fired. */
  'rules.why': string;
  /** Why a rule did not fire. */
  'rules.whyNot': string;
  /** A rule whose condition holds, left out for a better-ranked rule of its group. */
  'rules.heldBack': string;
  /** A rule's id, shown beside its title. */
  'rules.id': string;
}

/** Overrides of some of the playground's words. */
export type PlaygroundMessageOverrides = Partial<PlaygroundMessages>;
