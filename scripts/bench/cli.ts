/**
 * `npm run bench`: how fast verification is, measured in one run on this
 * machine and printed as ratios against the naive baseline: one `zig test` /
 * `zig run` process per block, one after another, as a docs tool that tests
 * its snippets one by one would do. For synthetic courses of N blocks and for
 * the real course: naive, cold (no record), warm (nothing changed), one edit,
 * and the peak memory of the largest process.
 *
 *   npm run bench -- [--sizes 25,50,100,200] [--no-real] [--out FILE]
 */
import { execa } from 'execa';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { courseLayout, loadCourse } from '../verify/extract/load-course.ts';
import { commandFor, type VerifyUnit } from '../verify/extract/unit.ts';
import { resolveZig } from '../verify/run/zig-toolchain.ts';
import { syntheticBlocks, writeSyntheticCourse } from './synthetic-course.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(projectRoot, 'scripts/verify/cli.ts');

interface Row {
  name: string;
  blocks: number;
  naiveMs: number;
  coldMs: number;
  warmMs: number;
  warmZigRuns: number;
  editMs: number;
  editReruns: number;
  peakMb: number | undefined;
}

function args() {
  const argv = process.argv.slice(2);
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    sizes: (value('--sizes') ?? '25,50,100,200').split(',').map(Number),
    real: !argv.includes('--no-real'),
    out: value('--out') ?? path.join(projectRoot, 'test-results', 'bench.md'),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** The baseline: every unit compiled and run by its own `zig test`/`zig run`, in sequence. */
async function naive(units: VerifyUnit[], zig: string): Promise<number> {
  const { ms } = await timed(async () => {
    for (const unit of units) {
      if (unit.skip) continue;
      const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-naive-'));
      // A trailing comment makes each file new to Zig's cache, so neither this
      // baseline nor the verifier's cold run (which follows) reuses the other's builds.
      for (const [name, text] of Object.entries(unit.files)) writeFileSync(path.join(dir, name), `${text}\n// baseline copy\n`);
      const [, subcommand, file] = commandFor(unit).split(' ');
      await execa(zig, [subcommand!, file!], {
        cwd: dir,
        reject: false,
        timeout: 120_000,
        env: { ZIG_GLOBAL_CACHE_DIR: path.join(projectRoot, '.cache', 'zig'), ZIG_LOCAL_CACHE_DIR: path.join(dir, '.zig-cache') },
      });
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return ms;
}

interface VerifyRun {
  ms: number;
  peakKb: number | undefined;
  results: { cached: boolean; status: string }[];
  stdout: string;
}

async function verify(course: string): Promise<VerifyRun> {
  const json = path.join(course, 'bench-results.json');
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const commandArgs = useTime ? ['-f', 'peak-rss-kb=%M', process.execPath, cli, '--root', course, '--json', json] : [cli, '--root', course, '--json', json];
  const { ms, value } = await timed(() => execa(command, commandArgs, { reject: false, all: true }));
  const peak = /peak-rss-kb=(\d+)/.exec(String(value.all ?? ''));
  if (value.exitCode !== 0) throw new Error(`verify failed on the benchmark course ${course}:\n${value.all}`);
  return { ms, peakKb: peak ? Number(peak[1]) : undefined, results: JSON.parse(readFileSync(json, 'utf8')), stdout: String(value.stdout) };
}

/** Changes one block of the course (its first zig fence gets a comment line). */
function editOneBlock(course: string): void {
  const lesson = loadCourse(courseLayout(course)).units.find(
    (u) => u.kind === 'fence' && !u.skip && !u.display?.includePath && u.sourceFile.includes('/lessons/'),
  );
  if (!lesson) throw new Error('no block to edit');
  const file = path.join(course, lesson.sourceFile);
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.splice(lesson.location.line, 0, '// edited by the benchmark');
  writeFileSync(file, lines.join('\n'));
}

async function measure(name: string, course: string, zig: string): Promise<Row> {
  const units = loadCourse(courseLayout(course)).units;
  process.stderr.write(`bench: ${name}: ${units.length} blocks: naive…`);
  const naiveMs = await naive(units, zig);
  process.stderr.write(' cold…');
  // Cold: no record and no parse cache (.cache/verify/), only Zig's own global cache warm.
  rmSync(path.join(projectRoot, '.cache', 'verify'), { recursive: true, force: true });
  const cold = await verify(course);
  process.stderr.write(' warm…');
  const warm = await verify(course);
  process.stderr.write(' one edit…\n');
  editOneBlock(course);
  const edit = await verify(course);
  return {
    name,
    blocks: units.length,
    naiveMs,
    coldMs: cold.ms,
    warmMs: warm.ms,
    warmZigRuns: warm.results.filter((r) => r.status !== 'skipped' && !r.cached).length,
    editMs: edit.ms,
    editReruns: edit.results.filter((r) => r.status !== 'skipped' && !r.cached).length,
    peakMb: cold.peakKb === undefined ? undefined : cold.peakKb / 1024,
  };
}

function table(rows: Row[]): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const lines = [
    '| course | blocks | naive (one by one) | cold | speed-up | warm | zig runs when warm | one edit | re-run after one edit | peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      [
        r.name,
        r.blocks,
        s(r.naiveMs),
        s(r.coldMs),
        `${(r.naiveMs / r.coldMs).toFixed(1)}×`,
        s(r.warmMs),
        r.warmZigRuns,
        s(r.editMs),
        r.editReruns,
        r.peakMb === undefined ? 'n/a' : `${r.peakMb.toFixed(0)} MB`,
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    ),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = args();
  const zig = (await resolveZig({ projectRoot })).path;
  const work = mkdtempSync(path.join(os.tmpdir(), 'zig-bench-'));
  const rows: Row[] = [];
  try {
    const salt = Number(String(Date.now()).slice(-5));
    for (const n of options.sizes) {
      const course = path.join(work, `synthetic-${n}`);
      writeSyntheticCourse(course, syntheticBlocks(n, salt + n));
      rows.push(await measure(`synthetic, ${n} blocks`, course, zig));
    }
    if (options.real) {
      const course = path.join(work, 'real');
      mkdirSync(course);
      cpSync(path.join(projectRoot, 'content'), path.join(course, 'content'), { recursive: true });
      cpSync(path.join(projectRoot, 'snippets', 'listings'), path.join(course, 'snippets', 'listings'), { recursive: true });
      rows.push(await measure('the course (Module 3)', course, zig));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, Zig ${(await resolveZig({ projectRoot })).version}`;
  const report = `Measured by \`npm run bench\` on ${machine}; every figure from the same run. Cold = empty record and no parse cache, Zig's global cache warm (compiler_rt built once per machine), as for the baseline.\n\n${table(rows)}\n`;
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, report);
  console.log(report);
}

await main();
