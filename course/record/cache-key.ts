/**
 * The cache key of a unit: everything that can change its result, and nothing
 * that cannot. Editing prose moves a block without changing its key; editing
 * its code, its fence options, the Zig pin or the verifier's semantics does.
 */
import { createHash } from 'node:crypto';
import type { VerifyUnit } from '../extract/unit.ts';

/**
 * Bump when a change to the verifier can change recorded results (outcome
 * rules, normalization, the transcript): every block is then re-run once.
 */
export const VERIFIER_VERSION = 2;

/** Stable JSON: object keys sorted, so the key does not depend on insertion order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Hex SHA-256 over the unit's compiled files, mode, expectation, limits, Zig version and verifier version. */
export function cacheKey(unit: VerifyUnit, zigVersion: string): string {
  const material = {
    verifier: VERIFIER_VERSION,
    zig: zigVersion,
    mode: unit.mode,
    expect: unit.expect,
    skip: unit.skip,
    timeoutMs: unit.timeoutMs,
    // Absent for blocks without options, so their keys are what they were before options existed.
    options: unit.options,
    // Absent for blocks without `trace`; for traced ones, files include trace.zig (the support file).
    trace: unit.trace,
    main: unit.main,
    files: unit.files,
    // Renumbering diagnostics depends on which lines are shown.
    lineMap: unit.display && !unit.display.includePath ? unit.display.lineMap : undefined,
  };
  return createHash('sha256').update(canonical(material)).digest('hex');
}
