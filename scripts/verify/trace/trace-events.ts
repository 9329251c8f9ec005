/**
 * Traced blocks (` ```zig test trace `): the allocation events a block's run
 * wrote on its side channel, and how they leave the output.
 *
 * snippets/support/trace.zig writes one line per event on stderr, starting
 * with TRACE_MARKER. The verifier takes those lines out of the raw output
 * before anything else sees it (so they are never normalized, shown or
 * recorded as output), parses them here, and records them beside the output,
 * under the same cache key (the support file is one of the unit's files).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const TRACE_MARKER = '@@zv-trace@@';

/** The file name a traced block imports: `const trace = @import("trace.zig");`. */
export const TRACE_SUPPORT_NAME = 'trace.zig';

/** The support file the project ships (not the course: fixture courses use it too), placed beside every traced block. */
export const TRACE_SUPPORT_FILE = 'snippets/support/trace.zig';

/**
 * Where the support file is: beside this module in the repository, or, when
 * this code runs bundled inside the site build, under the project root the
 * site configuration names (ZFP_PROJECT_ROOT, see src/lib/site-env.ts).
 */
export function traceSupportPath(): string {
  const candidates = [
    fileURLToPath(new URL(`../../../${TRACE_SUPPORT_FILE}`, import.meta.url)),
    ...(process.env.ZFP_PROJECT_ROOT ? [path.join(process.env.ZFP_PROJECT_ROOT, TRACE_SUPPORT_FILE)] : []),
    path.resolve(TRACE_SUPPORT_FILE),
  ];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
}

let supportText: string | undefined;
export function traceSupportSource(): string {
  supportText ??= readFileSync(traceSupportPath(), 'utf8');
  return supportText;
}

export const ALLOCATOR_KINDS = ['backing', 'arena', 'fixed', 'general'] as const;
export const TRACE_OPS = ['alloc', 'resize', 'resize-refused', 'remap', 'remap-refused', 'free', 'fail', 'reset', 'deinit'] as const;

export const traceEventSchema = z.strictObject({
  op: z.enum(TRACE_OPS),
  /** The allocator's name, as the block's hidden lines gave it. */
  allocator: z.string(),
  /** Which allocation (numbered in the order they were made, from 1); absent for reset and deinit. */
  id: z.number().int().nonnegative().optional(),
  /** Bytes: of the allocation, or its new length after a resize/remap. */
  size: z.number().int().nonnegative().optional(),
  /** The length before a resize or remap. */
  old: z.number().int().nonnegative().optional(),
  align: z.number().int().positive().optional(),
  /** Fixed buffers (`Tracer.fixed`): bytes of the buffer in use after the event (its end_index). */
  used: z.number().int().nonnegative().optional(),
  /** The line of the block's own file that made the call (compiled file, 1-based); absent when it was elsewhere. */
  line: z.number().int().positive().optional(),
});

export const traceSchema = z.strictObject({
  allocators: z.array(z.strictObject({ name: z.string(), kind: z.enum(ALLOCATOR_KINDS), capacity: z.number().int().nonnegative().optional() })),
  events: z.array(traceEventSchema),
});

export type TraceEvent = z.infer<typeof traceEventSchema>;
export type Trace = z.infer<typeof traceSchema>;
export type AllocatorKind = (typeof ALLOCATOR_KINDS)[number];

/** Removes every trace line from `raw` (a marker to the end of its line), returning the rest and the lines. */
export function splitTraceLines(raw: string): { output: string; lines: string[] } {
  const lines: string[] = [];
  // A test runner may have printed "1/3 name..." without a newline before the tracer's first line.
  const output = raw.replace(new RegExp(`${TRACE_MARKER}([^\\n]*)(?:\\n|$)`, 'g'), (_, line: string) => {
    lines.push(line.trim());
    return '';
  });
  return { output, lines };
}

/**
 * Parses the side channel's lines into a trace. `main` is the block's file:
 * a line number is kept only when the call was in it. Unreadable lines are
 * ignored (a block cannot forge a diagram of something it did not do, only
 * a line the schema rejects).
 */
export function parseTrace(lines: string[], main: string): Trace {
  const allocators: Trace['allocators'] = [];
  const events: TraceEvent[] = [];
  for (const line of lines) {
    const [op, encodedName, ...pairs] = line.split(/\s+/);
    if (!op || encodedName === undefined) continue;
    // trace.zig writes a space in a name as %20 and % as %25.
    const name = encodedName.replace(/%20/g, ' ').replace(/%25/g, '%');
    const fields = new Map<string, string>();
    for (const pair of pairs) {
      const eq = pair.indexOf('=');
      if (eq > 0) fields.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const num = (key: string) => (fields.has(key) && /^\d+$/.test(fields.get(key)!) ? Number(fields.get(key)) : undefined);
    if (op === 'allocator') {
      const kind = fields.get('kind') as AllocatorKind;
      const capacity = num('capacity');
      if ((ALLOCATOR_KINDS as readonly string[]).includes(kind) && !allocators.some((a) => a.name === name))
        allocators.push({ name, kind, ...(capacity !== undefined ? { capacity } : {}) });
      continue;
    }
    if (!(TRACE_OPS as readonly string[]).includes(op)) continue;
    const event: TraceEvent = { op: op as TraceEvent['op'], allocator: name };
    for (const key of ['id', 'size', 'old', 'align', 'used'] as const) {
      const value = num(key);
      if (value !== undefined) event[key] = value;
    }
    const at = num('line');
    if (at !== undefined && at > 0 && fields.get('file') === main) event.line = at;
    const parsed = traceEventSchema.safeParse(event);
    if (parsed.success) events.push(parsed.data);
  }
  return { allocators, events };
}
