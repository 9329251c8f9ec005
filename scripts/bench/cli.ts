/**
 * `npm run bench`: how fast verification is, every figure measured in the same
 * run on this machine, for three corpora: the real course, the synthetic
 * course (the course's mix of modes), and a reference-shaped corpus (a
 * language reference's mix: many tests, expected compile errors,
 * compile-only blocks). For each: two baselines with one plain `zig` process
 * per block (in sequence; as many at once as cores), `--no-batch`, the floor
 * (the least work any verifier must do, floor.ts), a cold verify, a warm one
 * (asserted to start no Zig) and one edit; then the cold run's ratio to each,
 * and where its time went (profile.ts).
 *
 *   npm run bench -- [--only reference|course|synthetic]… [--quick] [--out FILE]
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { courseLayout, loadCourse } from '../../course/extract/load-course.ts';
import { parseCommandLine } from '../lib/command-line.ts';
import { resolveZig } from '../verify/run/zig-toolchain.ts';
import { naive, type ZigEnv } from './baselines.ts';
import { floor } from './floor.ts';
import { formatProfile, profileOf } from './profile.ts';
import { referenceBlocks } from './reference-corpus.ts';
import { syntheticBlocks, writeSyntheticCourse } from './synthetic-course.ts';
import { profiles, table, type Row } from './table.ts';
import { editOneBlock, forget, verify } from './verify-runs.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(projectRoot, 'scripts/verify/cli.ts');
// In the order they are measured: the reference-shaped corpus first (the goals are set on it).
const CORPORA = ['reference', 'course', 'synthetic'] as const;
type Corpus = (typeof CORPORA)[number];

function options() {
  const { values, positionals } = parseCommandLine(
    process.argv.slice(2),
    {
      only: { type: 'string', multiple: true },
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: path.join(projectRoot, 'test-results', 'bench.md') },
    },
    Error,
  );
  if (positionals.length) throw new Error(`bench: unexpected argument ${positionals[0]}`);
  const only = (values.only ?? [...CORPORA]).flatMap((v) => v.split(','));
  for (const name of only) if (!CORPORA.includes(name as Corpus)) throw new Error(`bench: --only ${name}: no such corpus (one of ${CORPORA.join(', ')})`);
  // --quick: small synthetic corpora (the same mixes), to try the bench out; never for the README.
  return { only: only as Corpus[], sizes: values.quick ? { synthetic: 20, reference: 40 } : { synthetic: 100, reference: 260 }, out: values.out };
}

/** Writes the corpus into `dir`; returns its row name. */
function prepare(corpus: Corpus, dir: string, sizes: { synthetic: number; reference: number }, salt: number): string {
  if (corpus === 'course') {
    mkdirSync(dir);
    cpSync(path.join(projectRoot, 'content'), path.join(dir, 'content'), { recursive: true });
    // Listings, support files (trace.zig); not the record, so the first run is cold.
    cpSync(path.join(projectRoot, 'snippets'), path.join(dir, 'snippets'), { recursive: true, filter: (source) => !source.includes(`${path.sep}verified`) });
    return 'the course';
  }
  if (corpus === 'synthetic') {
    writeSyntheticCourse(dir, syntheticBlocks(sizes.synthetic, salt));
    return `synthetic course, ${sizes.synthetic} blocks`;
  }
  writeSyntheticCourse(dir, referenceBlocks(sizes.reference, salt));
  return `reference-shaped, ${sizes.reference} blocks`;
}

async function measure(name: string, course: string, env: ZigEnv, cores: number): Promise<Row> {
  const units = loadCourse(courseLayout(course)).units;
  const step = (what: string) => process.stderr.write(` ${what}…`);
  process.stderr.write(`bench: ${name}: ${units.length} blocks:`);
  step('naive sequential');
  const naiveSequentialMs = await naive(units, env, 1);
  step(`naive parallel (${cores})`);
  const naiveParallelMs = await naive(units, env, cores);
  step('floor');
  const floorMs = await floor(units, env, cores);
  step('--no-batch');
  forget(course, projectRoot);
  const noBatch = await verify(course, cli, ['--no-batch']);
  step('cold');
  forget(course, projectRoot);
  const cold = await verify(course, cli);
  step('warm');
  const warm = await verify(course, cli);
  if (warm.zigRuns !== 0) throw new Error(`bench: ${name}: a warm run started Zig for ${warm.zigRuns} blocks; it must start none`);
  step('one edit');
  editOneBlock(course);
  const edit = await verify(course, cli);
  process.stderr.write('\n');
  return {
    name,
    blocks: units.length,
    naiveSequentialMs,
    naiveParallelMs,
    noBatchMs: noBatch.ms,
    floorMs,
    coldMs: cold.ms,
    warmMs: warm.ms,
    warmZigRuns: warm.zigRuns,
    editMs: edit.ms,
    editReruns: edit.zigRuns,
    peakMb: cold.peakKb === undefined ? undefined : cold.peakKb / 1024,
    profile: formatProfile(profileOf(cold.trace)),
  };
}

async function main(): Promise<void> {
  const { only, sizes, out } = options();
  const zig = await resolveZig({ projectRoot });
  const env: ZigEnv = { zig: zig.path, globalCache: path.join(projectRoot, '.cache', 'zig') };
  const cores = os.availableParallelism();
  const work = mkdtempSync(path.join(os.tmpdir(), 'zig-bench-'));
  const rows: Row[] = [];
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  const loadBefore = load();
  const started = new Date();
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const machine = `${cores} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, Zig ${zig.version}`;
  const report = () =>
    [
      `Measured by \`npm run bench\` on ${started.toISOString().slice(0, 10)}, ${machine}; load average ${loadBefore} before and ${load()} after (1, 5, 15 min); every figure from the same run.`,
      '',
      table(rows),
      '',
      'Where the cold run spent its time (Zig processes by kind, summed wall time of each; they overlap on the cores):',
      '',
      profiles(rows),
      '',
    ].join('\n');
  mkdirSync(path.dirname(out), { recursive: true });
  try {
    // The salt makes every run's blocks new to Zig's caches; the corpus's shape stays the same.
    const salt = Number(String(Date.now()).slice(-5));
    for (const corpus of CORPORA.filter((c) => only.includes(c))) {
      const dir = path.join(work, corpus);
      rows.push(await measure(prepare(corpus, dir, sizes, salt), dir, env, cores));
      // Written after every corpus: a long run that is stopped keeps what it measured.
      writeFileSync(out, report());
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(report());
}

await main();
