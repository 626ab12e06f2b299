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
  funnel <events.ndjson|->     drop-off per step from a log of funnel events
  aggregate <profiles.ndjson|-> --by <ids>
                               peer benchmark (histograms per segment) from scored profiles
  help                         show this help

Options:
  -h, --help      show help (also after a command: ${BIN} score --help)
  --version       print the version

Exit codes: 0 ok; 1 invalid input (issues found, unreadable file, invalid JSON, a file the kit
failed on), with coded issues on stderr; 2 usage error (the command line); 70 internal error (a bug
in ${BIN}, not in the input: please report it).
`;

/** The help text of `validate`. */
export const VALIDATE_USAGE = `Usage: ${BIN} validate <definition.json>

Checks a questionnaire definition (shape and references) and prints every issue with its path.

Options:
  -h, --help      show this help
`;

/** The help text of `score`. */
export const SCORE_USAGE = `Usage: ${BIN} score <answers.json> [options]
       ${BIN} score --ndjson <answers.ndjson|-> [-q <definition.json>] [-l <locale>]

Scores a JSON object of answers keyed by question id and prints the profile. With --ndjson, reads one
answers object a line (- for standard input; an "id" field is copied as the respondent's id) and writes
one profile record a line (see docs/batch-scoring.md); a bad line is reported with its number and
skipped, and the exit code is then 1.

Options:
  -q, --questionnaire <definition.json>   score against this definition instead of the bundled assessment
  -f, --format <table|json>               output format (default: table)
  -l, --locale <locale>                   language of the table, e.g. en, zh-Hant, ha (default: en)
  -c, --currency <code>                   currency of money figures, e.g. USD, TWD, NGN (default: plain numbers)
      --limit <n>                         recommendations to show in the table; 0 for all (default: 5)
      --ndjson                            score a file of answers lines into profile records, one a line
  -h, --help                              show this help
`;

/** The help text of `funnel`. */
export const FUNNEL_USAGE = `Usage: ${BIN} funnel <events.ndjson|-> [options]

Reads funnel events (one JSON object a line, as onFunnelEvent and the embed's readiness:* events
give them; - for standard input) and prints, per step, the sessions that viewed it, completed it and
dropped off on it (stopped there without finishing), and how many of those the page reported as
abandoned. A bad line is reported with its number and skipped; the exit code is then 1.

Options:
  -f, --format <table|json>       output format (default: table)
  -q, --questionnaire <id[@ver]>  only this questionnaire (every version, or the one named)
  -h, --help                      show this help
`;

/** The help text of `aggregate`. */
export const AGGREGATE_USAGE = `Usage: ${BIN} aggregate <profiles.ndjson|-> --by <ids> [options]
       ${BIN} aggregate --merge <benchmark.json>... [options]

Reads profile records (the lines of '${BIN} score --ndjson'; - for standard input) and prints a peer
benchmark as JSON: per segment (everyone, then each prefix of --by), the respondents and exact 0-100
histograms of the index and each dimension. Provisional profiles are not counted. Segments with fewer
respondents than --min-group are withheld, with any segment whose absence could otherwise be worked
out by subtraction. A bad line is reported with its number and skipped; the exit code is then 1.
With --merge, adds benchmark shards made anywhere into one, exactly (see docs/benchmarks.md).

Options:
  -b, --by <ids>           question ids to segment by, coarsest first, e.g. market,company_size
      --min-group <n>      smallest group a segment may show (default: 20; with --merge, the
                           largest of the files')
      --shard              print a shard: every segment kept, nothing withheld, to merge later
      --merge              merge the benchmark files given (shards, or benchmarks that withheld nothing)
  -h, --help               show this help
`;
