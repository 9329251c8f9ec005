/** Command-line arguments of `npm run verify`, parsed into a typed record. */
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
  const args: VerifyArgs = { paths: [], all: false, check: false, help: false, noBatch: false, imports: [], reportOnly: false };
  const takeValue = (i: number, flag: string): string => {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return value;
  };
  const takeNumber = (i: number, flag: string): number => {
    const value = Number(takeValue(i, flag));
    if (!Number.isInteger(value) || value <= 0) throw new UsageError(`${flag} needs a positive whole number`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    switch (arg) {
      case '--all':
        args.all = true;
        break;
      case '--check':
        args.check = true;
        break;
      case '--no-batch':
        args.noBatch = true;
        break;
      case '--report-only':
        args.reportOnly = true;
        break;
      case '--junit':
        args.junit = takeValue(i++, arg);
        break;
      case '--zig':
        args.zig = takeValue(i++, arg);
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--json':
        args.json = takeValue(i++, arg);
        break;
      case '--root':
        args.root = takeValue(i++, arg);
        break;
      case '--jobs':
        args.jobs = takeNumber(i++, arg);
        break;
      case '--timeout':
        args.timeoutMs = takeNumber(i++, arg);
        break;
      case '--shard': {
        const shard = parseShard(takeValue(i++, arg));
        if (typeof shard === 'string') throw new UsageError(shard);
        args.shard = shard;
        break;
      }
      case '--import':
        args.imports.push(takeValue(i++, arg));
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        args.paths.push(arg.replace(/\\/g, '/').replace(/^\.\//, ''));
    }
  }
  if (args.zig && !args.reportOnly)
    throw new UsageError('--zig needs --report-only: the record is only ever written with the pinned Zig (ZIG=PATH names another copy of that version)');
  if (args.reportOnly && args.check) throw new UsageError('--report-only and --check cannot be combined: --report-only already writes nothing');
  return args;
}
