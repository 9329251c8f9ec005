/**
 * `npm run verify`: proves every Zig block of the course does what its lesson
 * says, and records the outcomes. Exit status: 0 all passed, 1 a block failed
 * (or the record differs under --check), 2 usage or environment error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVerifyArgs, USAGE, UsageError } from './args.ts';
import { courseLayout } from './extract/load-course.ts';
import { buildNextRecord, compareRecords } from './record/next-record.ts';
import { ImportError } from './record/import-records.ts';
import { withRecordLock } from './record/record-lock.ts';
import { readRecord, writeRecord } from './record/record-store.ts';
import { compareWithRecord, formatChange, formatCompatibilitySummary } from './report/compatibility-report.ts';
import { countResults, formatFailure, formatSummary } from './report/format-results.ts';
import { annotationFromDiagnostic, githubAnnotations } from './report/github-annotations.ts';
import { toJsonResults } from './report/json-report.ts';
import { toJunitXml } from './report/junit-report.ts';
import { createProgress } from './report/progress.ts';
import { killAllSandboxes } from './run/sandbox.ts';
import { ToolchainError } from './run/zig-toolchain.ts';
import { verifyCourse } from './verify-course.ts';
import { runSyntaxStep } from '../syntax/verify-step.ts';
import { unquotedGuideMessages } from './guide-quotes.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseVerifyArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`verify: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  const layout = courseLayout(args.root ? path.resolve(args.root) : projectRoot);
  const progress = createProgress(process.stderr);
  const inGithubActions = process.env.GITHUB_ACTIONS === 'true';
  let report;
  try {
    report = await verifyCourse({
      layout,
      projectRoot,
      paths: args.paths,
      all: args.all || args.reportOnly,
      ...(args.zig ? { zigPath: args.zig } : {}),
      onUnitDone: progress.onUnitDone,
      ...(args.shard ? { shard: args.shard } : {}),
      imports: args.imports,
      concurrency: args.jobs ?? 0,
      settings: { ...(args.timeoutMs ? { runTimeoutMs: args.timeoutMs } : {}), ...(args.noBatch ? { batch: false } : {}) },
    });
  } catch (error) {
    progress.finish();
    if (error instanceof ToolchainError || error instanceof ImportError) {
      console.error(`verify: error: ${error.message}`);
      return 2;
    }
    throw error;
  }

  progress.finish();
  for (const warning of report.warnings) console.error(`verify: warning: ${warning}`);
  for (const error of report.contentErrors) console.error(error.message);
  if (inGithubActions) for (const annotation of githubAnnotations(report)) console.log(annotation);
  writeReportFile(args.junit, () => toJunitXml(report));

  if (args.reportOnly) {
    // A compatibility report: nothing is written (no record, no syntax scan), only what would change.
    writeReportFile(args.json, () => `${JSON.stringify(toJsonResults(report), null, 2)}\n`);
    const compat = compareWithRecord(report);
    for (const change of compat.changes) console.log(formatChange(change));
    console.log(formatCompatibilitySummary(compat));
    return compat.changes.length || report.contentErrors.length ? 1 : 0;
  }
  for (const result of report.results) if (result.status === 'failed') console.error(formatFailure(result));

  let differences: string[] = [];
  const next = buildNextRecord(layout, report, report.record);
  // A shard holds only its share of the outputs: the run that imports the shards checks the quotes.
  const unquoted = args.shard
    ? []
    : unquotedGuideMessages(
        layout,
        next.files.flatMap((file) => file.entries.map((entry) => entry.output)),
      );
  for (const error of unquoted) console.error(error.message);
  if (args.check) {
    differences = compareRecords(report.record, next.files);
    for (const difference of differences) console.error(difference.replace(/^(\S+?:\d+:\d+): /, '$1: error: ').replace(/^(snippets\/\S+?): /, '$1: error: '));
    if (differences.length) console.error('verify: the committed record is out of date: run `npm run verify` and commit snippets/verified/');
  } else {
    // Rebuild from the record as it is now: another run may have written since this one started.
    const changes = await withRecordLock(layout.recordDir, () => {
      const next = buildNextRecord(layout, report, readRecord(layout));
      return writeRecord(layout, next.files, next.sources);
    });
    if (changes.written.length || changes.removed.length) {
      console.error(`verify: record updated (${changes.written.length} written, ${changes.removed.length} removed)`);
    }
  }

  // Syntax order (scripts/syntax/): every block a learner sees uses only what its
  // lesson has introduced. Its scan record sits beside the block record.
  const syntax = await runSyntaxStep({
    layout,
    projectRoot,
    course: report.course,
    zigVersion: report.zigVersion,
    paths: args.paths,
    all: args.all,
    check: args.check,
    imports: args.imports,
  });
  for (const line of [...syntax.notes, ...syntax.errors]) console.error(line);
  if (inGithubActions) {
    for (const annotation of [...syntax.errors, ...differences].map(annotationFromDiagnostic)) if (annotation) console.log(annotation);
  }
  if (syntax.exitCode !== undefined) return syntax.exitCode;

  writeReportFile(args.json, () => `${JSON.stringify(toJsonResults(report), null, 2)}\n`);
  const totals = countResults(report, differences.length);
  totals.failed += syntax.failures + unquoted.length;
  const zigNote = report.zig ? `Zig ${report.zig.version}` : `Zig ${report.zigVersion}, nothing to run`;
  const shardNote = args.shard ? ` · shard ${args.shard.index}/${args.shard.count} (${report.results.length} of ${report.course.units.length} blocks)` : '';
  console.log(`${formatSummary(totals)} · ${zigNote}${shardNote}${syntax.summary ? ` · ${syntax.summary}` : ''}`);
  return totals.failed > 0 ? 1 : 0;
}

/** Writes a --json / --junit report file, when asked for. */
function writeReportFile(target: string | undefined, text: () => string): void {
  if (!target) return;
  const file = path.resolve(target);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text());
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // The record is written only after every block has run, so it is still intact.
    killAllSandboxes();
    console.error(`\nverify: interrupted (${signal}); the record was not changed`);
    process.exit(130);
  });
}

process.exitCode = await main(process.argv.slice(2));
// For the tests that check the verifier's own memory stays bounded (an output flood, say).
if (process.env.ZV_MEMORY_REPORT) writeFileSync(process.env.ZV_MEMORY_REPORT, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
