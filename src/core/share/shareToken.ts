/** The longest token `decodeAnswers` reads (characters); longer input is refused before any work. */
export const MAX_TOKEN_LENGTH = 4096;

/**
 * The token layout's version, its first byte; a later layout gets a new one and decodes the old.
 * v2 adds the questionnaire's structure hash after its id and version; v1 tokens, already out in
 * links, still decode as they always did (same id and version).
 */
export const TOKEN_VERSION = 2;

/** The first layout, without a structure hash. */
export const LEGACY_TOKEN_VERSION = 1;
