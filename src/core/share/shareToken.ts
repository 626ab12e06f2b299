/** The longest token `decodeAnswers` reads (characters); longer input is refused before any work. */
export const MAX_TOKEN_LENGTH = 4096;

/** The token layout's version, its first byte; a later layout gets a new one and decodes the old. */
export const TOKEN_VERSION = 1;
