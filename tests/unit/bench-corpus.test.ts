/**
 * The benchmark's reference-shaped corpus has a language reference's mix and
 * no two blocks alike; the cold run's profile is read from the verifier's trace lines.
 */
import { describe, expect, it } from 'vitest';
import { floorJobs } from '../../scripts/bench/floor.ts';
import { formatProfile, profileOf } from '../../scripts/bench/profile.ts';
import { referenceBlocks } from '../../scripts/bench/reference-corpus.ts';

const kindOf = (meta: string, mode: string) =>
  meta.includes('compile-error=')
    ? 'compile error'
    : meta.includes('panic=')
      ? 'panic'
      : mode === 'build' || mode === 'syntax'
        ? 'compile-only or syntax'
        : mode === 'run'
          ? 'program'
          : 'test';

describe('the reference-shaped corpus', () => {
  const blocks = referenceBlocks(260, 12345);

  it('has the mix of a language reference: 45% tests, 20% programs, 15% compile errors, 15% compile-only or syntax, 5% panics', () => {
    const counts: Record<string, number> = {};
    for (const block of blocks) counts[kindOf(block.meta, block.mode)] = (counts[kindOf(block.meta, block.mode)] ?? 0) + 1;
    expect(counts).toEqual({ test: 117, program: 52, 'compile error': 39, 'compile-only or syntax': 39, panic: 13 });
  });

  it('is deterministic, and no two blocks share a title or a source', () => {
    expect(referenceBlocks(260, 12345)).toEqual(blocks);
    expect(new Set(blocks.map((b) => b.code)).size).toBe(blocks.length);
    expect(new Set(blocks.map((b) => b.title)).size).toBe(blocks.length);
    // Varied code: many templates, not one repeated with other numbers.
    expect(new Set(blocks.map((b) => b.title.replace(/_\d+\.zig$/, ''))).size).toBeGreaterThanOrEqual(20);
  });
});

describe('the floor', () => {
  it('is one shared compile of everything that compiles, and one check per expected error and per syntax block', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { writeSyntheticCourse } = await import('../../scripts/bench/synthetic-course.ts');
    const { courseLayout, loadCourse } = await import('../../course/extract/load-course.ts');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'floor-jobs-'));
    try {
      writeSyntheticCourse(dir, referenceBlocks(40, 7));
      const jobs = floorJobs(loadCourse(courseLayout(dir)).units);
      expect(jobs.map((job) => ('shared' in job ? `shared ${job.shared.length}` : 'expectsError' in job ? 'error' : `alone ${job.alone.mode}`))).toEqual([
        'shared 32',
        ...Array.from({ length: 2 }, () => ['error', 'error', 'error', 'alone syntax']).flat(),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the cold run profile', () => {
  it('sums the compiles of each kind from ZV_TRACE lines, longest kind first', () => {
    const trace = [
      'trace: ast-check of 40 blocks (3 concluded) 1800ms',
      'trace: test batch of 17 (0 handed back) 10900ms',
      'trace: solo analysis-only lessons/9.1-bench#4 3400ms',
      'trace: solo analysis-only lessons/9.2-bench#4 2000ms',
      'trace: solo syntax lessons/9.1-bench#6 100ms',
      'trace: not a compile 5ms',
    ];
    expect(profileOf(trace).map((p) => [p.kind, p.count, p.totalMs, p.maxMs])).toEqual([
      ['test batch', 1, 10900, 10900],
      ['solo analysis-only', 2, 5400, 3400],
      ['ast-check (all blocks)', 1, 1800, 1800],
      ['solo syntax', 1, 100, 100],
    ]);
    expect(formatProfile(profileOf(trace.slice(1, 4)))).toBe('test batch ×1 (10.9 s) · solo analysis-only ×2 (5.4 s, longest 3.4 s)');
  });
});
