/**
 * Every exercise of the course names at least one plausible wrong solution,
 * and the committed record proves, for the current code, that the exercise's
 * tests reject each one (and that the starter fails and the solution passes).
 * `npm run verify -- --all --check` re-runs them; this test fails when an
 * exercise has none, or when a record is missing or stale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadVerifiedBlocks } from '../../src/lib/verified-blocks.ts';
import { ContentError } from '../../scripts/verify/errors.ts';
import { findFrontmatter } from '../../scripts/verify/extract/frontmatter.ts';
import { projectRoot } from '../helpers/run-verify.ts';

const exercisesDir = path.join(projectRoot, 'content', 'exercises');
const folders = readdirSync(exercisesDir).sort();
const blocks = loadVerifiedBlocks(projectRoot, projectRoot);

function frontmatter(folder: string): { wrong?: { file: string; mistake: string }[] } {
  const text = readFileSync(path.join(exercisesDir, folder, 'exercise.mdx'), 'utf8');
  return parse(findFrontmatter(text)!.yaml);
}

describe('the course exercises', () => {
  it('cover every module', () => {
    const modules = new Set(folders.map((f) => f.split('.')[0]));
    expect([...modules]).toEqual(['1', '2', '3']);
  });

  it.each(folders)('%s: the starter fails, the solution passes, and each named wrong solution is rejected by the tests', (folder) => {
    const files = blocks.exercise(`exercises/${folder}`)!;
    expect(files, folder).toBeDefined();
    for (const run of [files.starterRun, files.solutionRun, ...files.wrong.map((w) => w.run)]) {
      if (run instanceof ContentError) throw run;
    }
    expect(files.solutionRun).toMatchObject({ outcome: 'passed' });
    expect(files.starterRun).toMatchObject({ outcome: 'test-failed' });
    const named = frontmatter(folder).wrong ?? [];
    expect(named.length, `${folder} names no wrong solution`).toBeGreaterThanOrEqual(1);
    expect(files.wrong.map((w) => w.file).sort()).toEqual(named.map((w) => w.file).sort());
    for (const wrong of files.wrong) expect(wrong.run, wrong.file).toMatchObject({ outcome: 'test-failed' });
  });
});

const lessonsDir = path.join(projectRoot, 'content', 'lessons');
const guidesDir = path.join(projectRoot, 'content', 'guides');
const guideFiles = readdirSync(guidesDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort();

/** The numbered items of a lesson's "## Self-Check Questions" section. */
function selfCheckCount(lessonText: string): number {
  const section = /^## Self-Check Questions\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(lessonText)?.[1] ?? '';
  return section.split('\n').filter((line) => /^\d+\.\s/.test(line)).length;
}

describe('the course guides', () => {
  it('exist for every lesson', () => {
    expect(guideFiles).toEqual(
      readdirSync(lessonsDir)
        .filter((f) => f.endsWith('.mdx'))
        .sort(),
    );
  });

  it.each(guideFiles)('%s: one answer per self-check question, and a time split that adds up to the lesson', (file) => {
    const lessonText = readFileSync(path.join(lessonsDir, file), 'utf8');
    const lesson = parse(findFrontmatter(lessonText)!.yaml) as { minutes?: number };
    const guide = parse(findFrontmatter(readFileSync(path.join(guidesDir, file), 'utf8'))!.yaml) as {
      selfCheckAnswers?: string[];
      pacing: { split?: { minutes: number }[] };
    };
    const questions = selfCheckCount(lessonText);
    expect(questions, 'the lesson has self-check questions').toBeGreaterThan(0);
    expect(guide.selfCheckAnswers?.length, 'answers in the guide').toBe(questions);
    expect(
      guide.pacing.split?.reduce((sum, part) => sum + part.minutes, 0),
      'minutes of the split',
    ).toBe(lesson.minutes);
  });
});
