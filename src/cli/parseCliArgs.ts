import { parseArgs } from 'node:util';

/** The flags a command accepts, in `node:util` `parseArgs` form. */
export type CliOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parsed flags and positionals, or a one-line reason the command line is wrong. */
export type ParsedArgs =
  | { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[] }
  | { ok: false; message: string };

function isParseArgsError(error: unknown): error is Error & { code: string } {
  const code: unknown = error instanceof TypeError ? (error as unknown as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/*
 * Node's own messages are long and tell users about '--' escapes; a lenient second pass yields
 * tokens naming the offending flag, so the message can be short without parsing Node's text.
 */
function explain(args: string[], options: CliOptions, error: Error & { code: string }): string {
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined) return `unknown option '${token.rawName}'`;
    if (option.type === 'string' && (token.value === undefined || (token.inlineValue === false && token.value.startsWith('-'))))
      return `option '${token.rawName}' needs a value`;
    if (option.type === 'boolean' && token.value !== undefined) return `option '${token.rawName}' takes no value`;
  }
  return error.message;
}

/**
 * Parses a command's arguments strictly: unknown flags and missing values are reported, not ignored.
 * @example parseCliArgs(['a.json', '--format', 'json'], { format: { type: 'string' } })
 */
export function parseCliArgs(args: string[], options: CliOptions): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    return { ok: true, values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    return { ok: false, message: explain(args, options, error) };
  }
}
