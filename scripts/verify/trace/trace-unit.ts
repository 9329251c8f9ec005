/**
 * The verifier's side of `trace`: the support file placed beside a traced
 * block, the side channel taken out of its run, and the rule that a traced
 * block must have something to draw. Each is one call from the verifier's
 * own files (fence-units.ts, run-unit.ts, verify-course.ts).
 */
import { ContentError } from '../errors.ts';
import type { VerifyUnit } from '../extract/unit.ts';
import { parseTrace, splitTraceLines, TRACE_SUPPORT_FILE, TRACE_SUPPORT_NAME, traceSupportSource, type Trace } from './trace-events.ts';

/**
 * Places snippets/support/trace.zig beside the block as trace.zig. It is one
 * of the unit's files, so its content is part of the cache key: changing the
 * support file re-runs (and redraws) every traced block.
 */
export function withTraceSupport(unit: VerifyUnit, diagram?: string): VerifyUnit {
  if (unit.main === TRACE_SUPPORT_NAME) {
    throw new ContentError(unit.location, `a trace block cannot be named ${TRACE_SUPPORT_NAME}: that is the tracing support file placed beside it`, {
      fix: 'give the block another title="…"',
    });
  }
  return {
    ...unit,
    trace: true,
    ...(diagram ? { diagram } : {}),
    files: { ...unit.files, [TRACE_SUPPORT_NAME]: traceSupportSource() },
    origins: { ...unit.origins, [TRACE_SUPPORT_NAME]: { file: TRACE_SUPPORT_FILE, firstLine: 1, column: 1 } },
  };
}

/** A collector for one run: `rewrite` strips trace lines from the raw output, `trace()` parses what it took. */
export function traceCollector(unit: VerifyUnit): { rewrite: (raw: string) => string; trace: () => Trace } | undefined {
  if (!unit.trace) return undefined;
  const lines: string[] = [];
  return {
    rewrite: (raw) => {
      const split = splitTraceLines(raw);
      lines.push(...split.lines);
      return split.output;
    },
    trace: () => parseTrace(lines, unit.main),
  };
}

/** Why a traced block that otherwise met its expectation still fails: it recorded nothing to draw. */
export function missingTraceMessage(unit: VerifyUnit, trace: Trace | undefined): string | undefined {
  if (!unit.trace || (trace && trace.events.length > 0)) return undefined;
  return (
    'the block is marked trace, but its run recorded no allocation events: ' +
    'wrap the allocators to draw in hidden lines, `var traced = trace.Tracer.init("name", .backing, allocator);`, ' +
    'and allocate through `traced.allocator()` (see "Traced diagrams" in README.md)'
  );
}
