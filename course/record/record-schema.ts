/**
 * The verified record: one JSON file per content file under snippets/verified/,
 * committed and reviewable. Only results that met their expectation are
 * recorded, so every entry is a proof; the site embeds outputs from here.
 */
import { z } from 'zod';
import { traceSchema } from '../trace/trace-events.ts';

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
  /** What happened: passed, compiled (not run), parsed, compile-error, panicked, leaked, test-failed, exited (or skipped). */
  outcome: z.string(),
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

/** Serializes with a fixed key order and a trailing newline, so equal records are equal bytes. */
export function serializeRecordFile(record: RecordFile): string {
  const ordered = {
    file: record.file,
    entries: record.entries.map((entry) => {
      const { skipReason, trace, ...rest } = entry;
      return {
        id: rest.id,
        kind: rest.kind,
        location: rest.location,
        mode: rest.mode,
        expect: rest.expect,
        key: rest.key,
        zig: rest.zig,
        status: rest.status,
        outcome: rest.outcome,
        label: rest.label,
        command: rest.command,
        output: rest.output,
        ...(trace !== undefined ? { trace } : {}),
        durationMs: rest.durationMs,
        ...(skipReason !== undefined ? { skipReason } : {}),
        source: rest.source,
        instructorOnly: rest.instructorOnly,
      };
    }),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
