/**
 * Node's util.parseArgs with our messages. parseArgs does the parsing (long
 * and short flags, `--flag=value`, repeated options, `--` before positionals);
 * this turns its errors into the short sentences our usage texts and tests
 * use ("unknown option --bogus", "--json needs a value").
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` strictly; throws `new Usage(message)` on an unknown option or a missing value. */
export function parseCommandLine<const T extends Options>(argv: string[], options: T, Usage: new (message: string) => Error) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(--?[\w-]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new Usage(`unknown option ${flag}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new Usage(message.includes('does not take an argument') ? `${flag} takes no value` : `${flag} needs a value`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new Usage(`unexpected argument: ${message}`);
    throw error;
  }
}
