import { version } from '../../package.json';

/** The name the CLI is installed under. */
export const BIN = 'readiness-kit';

/** The package version, printed by `--version`. */
export const VERSION: string = version;

/** The help text of the whole CLI. */
export const MAIN_USAGE = `Usage: ${BIN} <command> [options]

Commands:
  validate <definition.json>   check a questionnaire definition and list every issue
  score <answers.json>         score a file of answers (the bundled assessment by default)
  help                         show this help

Options:
  -h, --help      show help (also after a command: ${BIN} score --help)
  --version       print the version

Exit codes: 0 ok, 1 invalid input (issues found, unreadable file, invalid JSON), 2 usage error.
`;

/** The help text of `validate`. */
export const VALIDATE_USAGE = `Usage: ${BIN} validate <definition.json>

Checks a questionnaire definition (shape and references) and prints every issue with its path.

Options:
  -h, --help      show this help
`;

/** The help text of `score`. */
export const SCORE_USAGE = `Usage: ${BIN} score <answers.json> [options]

Scores a JSON object of answers keyed by question id and prints the profile.

Options:
  -q, --questionnaire <definition.json>   score against this definition instead of the bundled assessment
  -f, --format <table|json>               output format (default: table)
  -l, --locale <locale>                   language of the table, e.g. en, zh-Hant, ha (default: en)
  -c, --currency <code>                   currency of money figures, e.g. USD, TWD, NGN (default: plain numbers)
      --limit <n>                         recommendations to show in the table; 0 for all (default: 5)
  -h, --help                              show this help
`;
