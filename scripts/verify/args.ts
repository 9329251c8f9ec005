/** Command-line arguments of `npm run verify`, parsed into a typed record. */
import { parseCommandLine } from '../lib/command-line.ts';
import { parseShard, type Shard } from './shard.ts';

export interface VerifyArgs {
  paths: string[];
  all: boolean;
  check: boolean;
  json?: string;
  /** Also write the results as JUnit XML (`--junit FILE`). */
  junit?: string;
  /** Another Zig to try (`--zig PATH`, with --report-only). */
  zig?: string;
  /** Re-run every block and report what would change; write nothing. */
  reportOnly: boolean;
  /** The course root (default: the project). Tests point it at fixture courses. */
  root?: string;
  jobs?: number;
  /** Default run-time limit per block, in milliseconds. */
  timeoutMs?: number;
  /** Compile every block on its own (the one-by-one way; slower, same results). */
  noBatch: boolean;
  /** Only this deterministic share of the blocks (`--shard i/n`). */
  shard?: Shard;
  /** Record folders whose proofs count as this run's (`--import DIR`, repeatable). */
  imports: string[];
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `usage: npm run verify -- [paths…] [options]

Verifies every Zig block of the course and records the outcomes in snippets/verified/.

  paths…          only blocks in these files or folders (relative to the course root)
  --all           re-run every block, even those the record already has
  --check         compare with the committed record instead of writing it (for CI)
  --json FILE     also write the results as JSON
  --junit FILE    also write the results as JUnit XML (one testcase per block)
  --report-only   re-run every block and list those whose verdict or output would
                  differ from the record; writes nothing (exit 1 when any would)
  --zig PATH      with --report-only: try this Zig instead of the pinned one
  --root DIR      the course to verify (default: this project)
  --jobs N        blocks run in parallel (default: the number of cores)
  --timeout MS    default run-time limit per block (default: 10000)
  --no-batch      compile every block on its own (slower; the same results)
  --shard i/n     only the i-th of n deterministic shares of the blocks (CI fan-out)
  --import DIR    take the proofs in DIR's record (a shard's snippets/verified/) as
                  this run's, when they match the block and Zig exactly (repeatable)
  --help          this text

exit status: 0 all passed, 1 a block failed, 2 usage or environment error (no Zig)`;

/** Parses argv (without node and script); throws UsageError on anything unknown. */
export function parseVerifyArgs(argv: string[]): VerifyArgs {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      all: { type: 'boolean' },
      check: { type: 'boolean' },
      'no-batch': { type: 'boolean' },
      'report-only': { type: 'boolean' },
      junit: { type: 'string' },
      zig: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      json: { type: 'string' },
      root: { type: 'string' },
      jobs: { type: 'string' },
      timeout: { type: 'string' },
      shard: { type: 'string' },
      import: { type: 'string', multiple: true },
    },
    UsageError,
  );
  const positive = (value: string | undefined, flag: string): number | undefined => {
    if (value === undefined) return undefined;
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0) throw new UsageError(`${flag} needs a positive whole number`);
    return number;
  };
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (typeof shard === 'string') throw new UsageError(shard);
  const jobs = positive(values.jobs, '--jobs');
  const timeoutMs = positive(values.timeout, '--timeout');
  const args: VerifyArgs = {
    paths: positionals.map((arg) => arg.replace(/\\/g, '/').replace(/^\.\//, '')),
    all: values.all ?? false,
    check: values.check ?? false,
    help: values.help ?? false,
    noBatch: values['no-batch'] ?? false,
    imports: values.import ?? [],
    reportOnly: values['report-only'] ?? false,
    ...(values.json !== undefined ? { json: values.json } : {}),
    ...(values.junit !== undefined ? { junit: values.junit } : {}),
    ...(values.zig !== undefined ? { zig: values.zig } : {}),
    ...(values.root !== undefined ? { root: values.root } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(shard ? { shard } : {}),
  };
  if (args.zig && !args.reportOnly)
    throw new UsageError('--zig needs --report-only: the record is only ever written with the pinned Zig (ZIG=PATH names another copy of that version)');
  if (args.reportOnly && args.check) throw new UsageError('--report-only and --check cannot be combined: --report-only already writes nothing');
  return args;
}
