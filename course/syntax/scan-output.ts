/**
 * The scanner's wire format (see scripts/syntax/scan-features.zig): sources
 * framed on stdin, one tab-separated line per use on stdout. Pure, so that the
 * protocol is tested without Zig.
 */
import { featureKinds } from '../schemas/syntax-inventory.ts';

/** What the scanner reports a use as: the inventory's kinds of feature, one list for both. */
export const USE_KINDS = featureKinds;
export type UseKind = (typeof USE_KINDS)[number];

/** One use of a feature in a scanned file; line and column are 1-based, in that file. */
export interface Use {
  kind: UseKind;
  name: string;
  line: number;
  column: number;
}

/** What the scanner found in one file. */
export interface FileScan {
  uses: Use[];
  /** Parse errors (a block may be broken on purpose); uses in what did parse are still listed. */
  parseErrors: number;
}

/** Raised when the scanner's output does not follow its format (a crash, or a scanner from another version). */
export class ScanOutputError extends Error {
  override name = 'ScanOutputError';
}

/** Frames sources for the scanner's stdin: `<byte length>\n<bytes>` each. */
export function frameSources(sources: string[]): Buffer {
  const parts: Buffer[] = [];
  for (const source of sources) {
    const bytes = Buffer.from(source, 'utf8');
    parts.push(Buffer.from(`${bytes.length}\n`, 'utf8'), bytes);
  }
  return Buffer.concat(parts);
}

/** Parses the scanner's stdout for `count` sources; every source must end with its `end` line. */
export function parseScanOutput(stdout: string, count: number): FileScan[] {
  const scans: FileScan[] = Array.from({ length: count }, () => ({ uses: [], parseErrors: 0 }));
  const ended = new Array<boolean>(count).fill(false);
  const lines = stdout.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const [n, line] of lines.entries()) {
    const fields = line.split('\t');
    const index = Number(fields[0]);
    const bad = (why: string) => new ScanOutputError(`scanner output line ${n + 1} ${why}: ${JSON.stringify(line)}`);
    if (!Number.isInteger(index) || index < 0 || index >= count) throw bad(`names source ${fields[0]}, but ${count} were sent`);
    if (ended[index]) throw bad(`follows the end of source ${index}`);
    const scan = scans[index]!;
    const kind = fields[1];
    if (kind === 'end' && fields.length === 2) {
      ended[index] = true;
      continue;
    }
    if (fields.length !== 5) throw bad('does not have 5 fields');
    const [, , name, lineText, columnText] = fields as [string, string, string, string, string];
    const position = { line: Number(lineText), column: Number(columnText) };
    if (!Number.isInteger(position.line) || !Number.isInteger(position.column) || position.line < 1 || position.column < 1) throw bad('has no valid position');
    if (kind === 'parse-error') {
      scan.parseErrors = Number(name);
      continue;
    }
    if (!(USE_KINDS as readonly string[]).includes(kind!) || !name) throw bad(`has an unknown kind "${kind}"`);
    scan.uses.push({ kind: kind as UseKind, name, ...position });
  }
  const missing = ended.findIndex((done) => !done);
  if (missing >= 0) throw new ScanOutputError(`the scanner stopped before the end of source ${missing} of ${count}`);
  return scans;
}
