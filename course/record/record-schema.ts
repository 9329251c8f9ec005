/**
 * The verified record: one JSON file per content file under snippets/verified/,
 * committed and reviewable. Only results that met their expectation are
 * recorded, so every entry is a proof; the site embeds outputs from here.
 */
import { z } from 'zod';
import { traceSchema } from '../trace/trace-events.ts';

/**
 * What happened to a block, as the record stores it: the kinds of the
 * verifier's Outcome (scripts/verify/run/outcome.ts, whose kinds must be
 * listed here for the verifier to compile), and `skipped`.
 */
export const OUTCOME_KINDS = [
  'passed',
  'compiled',
  'parsed',
  'compile-error',
  'compiler-crashed',
  'no-tests',
  'test-failed',
  'leaked',
  'panicked',
  'exited',
  'crashed',
  'timed-out',
  'skipped',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const recordEntrySchema = z.strictObject({
  /** The block id (fence name, or `<content path>#<n>`). */
  id: z.string().min(1),
  kind: z.enum(['fence', 'exercise-starter', 'exercise-solution', 'exercise-wrong']),
  /** `file:line:col` of the block in the course source. */
  location: z.string(),
  mode: z.enum(['test', 'run', 'build', 'syntax']),
  /** The expectation as written in the fence language, e.g. `panic="index out of bounds"`. */
  expect: z.string(),
  /** Cache key (see cache-key.ts). */
  key: z.string().regex(/^[0-9a-f]{64}$/),
  /** The Zig version it was verified with. */
  zig: z.string(),
  status: z.enum(['verified', 'skipped']),
  /** What happened (one of OUTCOME_KINDS). */
  outcome: z.enum(OUTCOME_KINDS),
  /** The status line shown on the page: "passes", "panics, as expected", … */
  label: z.string(),
  /** The command a reader types to reproduce the output. */
  command: z.string(),
  /** Normalized output (empty for skipped blocks). */
  output: z.string(),
  /** `trace` blocks only: the allocation events of the run, for the diagram (course/trace/). */
  trace: traceSchema.optional(),
  durationMs: z.number().int().nonnegative(),
  /** Why the block is not verified (skipped blocks only). */
  skipReason: z.string().optional(),
  /** Where the exact compiled source can be read and run by hand. */
  source: z.string(),
  /** Never shown to learners (instructor notes, solutions). */
  instructorOnly: z.boolean(),
});

export const recordFileSchema = z.strictObject({
  /** The content file these blocks come from. */
  file: z.string(),
  entries: z.array(recordEntrySchema),
});

export type RecordEntry = z.infer<typeof recordEntrySchema>;
export type RecordFile = z.infer<typeof recordFileSchema>;

/** The record's field order: the schema's own, so a new field is serialized where the schema declares it. */
const ENTRY_FIELDS = Object.keys(recordEntrySchema.shape) as (keyof RecordEntry)[];

/** Serializes with the schema's key order (absent optional fields left out) and a trailing newline, so equal records are equal bytes. */
export function serializeRecordFile(record: RecordFile): string {
  const entries = record.entries.map((entry) =>
    Object.fromEntries(ENTRY_FIELDS.filter((field) => entry[field] !== undefined).map((field) => [field, entry[field]])),
  );
  return `${JSON.stringify({ file: record.file, entries }, null, 2)}\n`;
}
