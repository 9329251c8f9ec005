/**
 * The verifier as the benchmark runs it: `npm run verify` on a course folder,
 * as a child process, timed from outside, with ZV_TRACE on so that a cold run
 * also says what it spent its time on (profile.ts reads that).
 */
import { execa } from 'execa';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { courseLayout, loadCourse } from '../../course/extract/load-course.ts';

export interface VerifyRun {
  ms: number;
  peakKb: number | undefined;
  /** Blocks that Zig ran (neither cached nor skipped). */
  zigRuns: number;
  /** What ZV_TRACE printed: one line per compile the verifier started. */
  trace: string[];
}

/** Forgets everything the verifier knows about the course: its record, and the parse cache. */
export function forget(course: string, projectRoot: string): void {
  rmSync(path.join(course, 'snippets', 'verified'), { recursive: true, force: true });
  rmSync(path.join(projectRoot, '.cache', 'verify'), { recursive: true, force: true });
}

export async function verify(course: string, cli: string, extraArgs: string[] = []): Promise<VerifyRun> {
  const json = path.join(course, 'bench-results.json');
  const useTime = existsSync('/usr/bin/time');
  const nodeArgs = [cli, '--root', course, '--json', json, ...extraArgs];
  const [command, args] = useTime ? ['/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const started = performance.now();
  const result = await execa(command, args as string[], { reject: false, all: true, env: { ZV_TRACE: '1' } });
  const ms = performance.now() - started;
  const all = String(result.all ?? '');
  if (result.exitCode !== 0) throw new Error(`bench: verify ${extraArgs.join(' ')} failed on ${course}:\n${all.slice(-3000)}`);
  const results: { cached: boolean; status: string }[] = JSON.parse(readFileSync(json, 'utf8'));
  const peak = /peak-rss-kb=(\d+)/.exec(all);
  return {
    ms,
    peakKb: peak ? Number(peak[1]) : undefined,
    zigRuns: results.filter((r) => r.status !== 'skipped' && !r.cached).length,
    trace: all.split('\n').filter((line) => line.startsWith('trace: ')),
  };
}

/** Changes one block of the course (its first lesson fence gets a comment line). */
export function editOneBlock(course: string): void {
  const lesson = loadCourse(courseLayout(course)).units.find(
    (u) => u.kind === 'fence' && !u.skip && !u.display?.includePath && u.sourceFile.includes('/lessons/'),
  );
  if (!lesson) throw new Error('bench: no block to edit');
  const file = path.join(course, lesson.sourceFile);
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.splice(lesson.location.line, 0, '// edited by the benchmark');
  writeFileSync(file, lines.join('\n'));
}
