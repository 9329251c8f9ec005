/**
 * What `npm run new` writes: the text of each scaffolded file. Pure: the
 * frontmatter satisfies course/schemas/, the Zig is the smallest that verifies
 * (the starter compiles and its tests fail with the declared phrase, the
 * solution passes) and uses only syntax a course introduces in Modules 1–2,
 * so a scaffold passes `npm run verify` before the author writes a word.
 */

/** A YAML scalar that always parses back as the same string. */
const q = (text: string) => JSON.stringify(text);

/** The phrase the untouched starter's test output contains (its `starter.fails`). */
export const STARTER_FAILS = 'NotImplemented';

export interface LessonTemplate {
  number: string;
  title: string;
  /** Objective id, from the title. */
  slug: string;
}

export function lessonTemplate({ number, title, slug }: LessonTemplate): string {
  return `---
number: ${q(number)}
title: ${q(title)}
summary: ${q(`TODO: one sentence on what ${title} lets the learner do.`)}
minutes: 30
objectives:
  # Stable ids: learners' progress is stored under them, so never rename one once published.
  - id: ${slug}
    text: ${q('TODO: what the learner can do afterwards, starting with a verb')}
prerequisites: []
---

TODO: start with the problem this lesson solves, in Python terms the learner knows.

## A first example

Every \`zig\` block is compiled and run by \`npm run verify\`; the page shows what it printed.
See "The code-fence language" in README.md for the other modes (\`run\`, \`compile-error=\`, \`panic=\`, \`leak\`).

\`\`\`zig title="first.zig"
const std = @import("std");

test "replace me" {
    try std.testing.expect(true);
}
\`\`\`
`;
}

export interface ExerciseTemplate {
  number: string;
  title: string;
  slug: string;
  /** The starter's file name without `.zig` (snake_case). */
  module: string;
}

export interface ExerciseFilesText {
  'exercise.mdx': string;
  starter: string;
  tests: string;
  solution: string;
}

export function exerciseTemplate({ number, title, slug, module }: ExerciseTemplate): ExerciseFilesText {
  const starterName = `${module}.zig`;
  const testsName = `${module}_test.zig`;
  const mdx = `---
title: ${q(title)}
lesson: ${q(number)}
summary: ${q(`TODO: one sentence on what the learner builds in ${title}.`)}
objectives:
  - id: ${slug}
    text: ${q('TODO: what the learner will have done, starting with a verb')}
starter:
  file: ${starterName}
  fails: ${q(STARTER_FAILS)}
tests: ${testsName}
solution: solution.zig
---

TODO: the task, in a few sentences. Say what \`answer\` must return and why it matters.

::exercise-files

## Rules

Do not change the tests.

::::hints
:::hint{tier=1}
TODO: a question that points at the first step.
:::
:::hint{tier=2}
TODO: a narrower question, about the part learners get stuck on.
:::
:::hint{tier=3}
TODO: name the tool or pattern to use, still without code.
:::
:::hint{tier=4}
TODO: a near-answer in words: what to do, line by line, but never the code.
:::
::::
`;
  const starter = `//! Exercise ${number}: ${title}. Make the tests in ${testsName} pass.

pub fn answer() !i64 {
    return error.${STARTER_FAILS};
}
`;
  const tests = `const std = @import("std");
const answer = @import("${starterName}").answer;

test "answer is 42" {
    try std.testing.expectEqual(@as(i64, 42), try answer());
}
`;
  const solution = `//! Reference solution of exercise ${number} (instructor only).

pub fn answer() !i64 {
    return 42;
}
`;
  return { 'exercise.mdx': mdx, starter, tests, solution };
}

export function guideTemplate({ number, title }: { number: string; title: string }): string {
  return `---
lesson: ${q(number)}
primeDirective: ${q(`TODO: the lesson-specific reminder (never write ${title} code for the student).`)}
role: ${q('TODO: what you are teaching in this lesson, in a paragraph.')}
prerequisitesCheck:
  - ${q('TODO: what to confirm before starting.')}
questions:
  - question: ${q('TODO: a question to ask the student.')}
    answer: ${q('TODO: the answer you are listening for.')}
misconceptions:
  - misconception: ${q('TODO: what the student believes.')}
    correction: ${q('TODO: what is actually true.')}
    explain: ${q('TODO: a question or picture that lets them correct themselves.')}
exercise:
  goal: ${q('TODO: what the exercise is for.')}
  commonMistakes:
    - ${q('TODO: a mistake to watch for.')}
debugging:
  # Add message: "…" only with text that appears verbatim in a verified output of the course.
  - symptom: ${q('TODO: what the student sees.')}
    likelyCause: ${q('TODO: the usual cause.')}
    howToGuide: ${q('TODO: a question to ask, not a fix to hand over.')}
pacing:
  breezing: ${q('TODO: what to offer students who finish early.')}
  struggling: ${q('TODO: where to start with students who are stuck.')}
---

## Teaching Approach

TODO: how to teach ${title}, and what to emphasise.
`;
}
