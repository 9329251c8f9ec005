/**
 * The AI tutor's reading list (instructor edition only): the course as plain
 * Markdown, in the layout the course author's instructor guides tell an AI
 * instructor to read before teaching —
 *
 *   llms.txt                              the index, in teaching order
 *   modules/INSTRUCTOR_GUIDELINES.md      content/instructor/guidelines.mdx
 *   modules/PEDAGOGICAL_FRAMEWORK.md      content/instructor/framework.mdx
 *   syntax_inventory.md                   content/syntax/inventory.yaml, by lesson
 *   lessons/<number>_<slug>.md            each lesson
 *   guides/<number>_<slug>.md             each lesson's instructor guide (same name as its lesson)
 *   exercises/<number>_<slug>/prompt.md   each exercise: prompt, hints, files, solution, wrong solutions
 *   pages/<id>.md                         the course pages (how to use the course, …)
 *   zig-for-python-developers-tutor.tar.gz  all of the above in one archive
 *
 * Built from the same collections and the same verified record as the pages
 * (src/lib/course.ts, src/lib/site-data.ts), so it cannot disagree with the
 * site: every Zig block is the code the page shows, followed by the output the
 * page shows. Served by the endpoints in src/routes/instructor/tutor/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { GuideFrontmatter } from '../../schemas/guide.ts';
import type { PageFrontmatter } from '../../schemas/page.ts';
import type { Feature } from '../../schemas/syntax-inventory.ts';
import type { PhrasingContent, RootContent } from 'mdast';
import { parseMarkdown } from '../../../scripts/verify/extract/parse-markdown.ts';
import { describeIntroduction, isPriorModule, compareLessonNumbers } from '../../../scripts/syntax/lesson-place.ts';
import { featureCode } from '../../../scripts/syntax/feature-index.ts';
import { buildDate } from '../build-date.ts';
import { getCourse, lessonPath, exercisePath, moduleOf, type Exercise, type Lesson } from '../course.ts';
import { getVerifiedBlocks } from '../site-data.ts';
import { courseRoot, projectRoot } from '../site-env.ts';
import type { VerifiedBlocks } from '../verified-blocks.ts';
import {
  blockquote,
  code,
  convertDocument,
  findHintLadder,
  heading,
  hintTiers,
  inlineCode,
  link,
  list,
  paragraph,
  requireView,
  runNodes,
  stringify,
  strong,
  table,
  text,
  zigBlock,
  type ConvertContext,
} from './markdown.ts';
import { ARCHIVE_NAME, ARCHIVE_ROOT, SYNTAX_FILE, coursePageFile, exerciseFile, guideFile, instructorPageFile, lessonFile } from './names.ts';
import { tarGz } from './tar.ts';

const COURSE_TITLE = 'Zig for Python Developers';
/** mtime of every archive entry when the course has no commit date: 2000-01-01. */
const FALLBACK_MTIME = 946_684_800;

export interface TutorFile {
  /** Path inside tutor/, e.g. "lessons/3.7_memory-patterns-for-ml.md". */
  path: string;
  /** One line for llms.txt. */
  description: string;
  content: string;
}

export interface TutorSection {
  title: string;
  /** Sections named "Optional" may be skipped (the llms.txt convention). */
  files: TutorFile[];
}

export interface TutorSet {
  sections: TutorSection[];
  /** Every file in teaching order (llms.txt excluded). */
  files: TutorFile[];
  llms: string;
  archive: Uint8Array<ArrayBuffer>;
}

/** The course-relative source of a collection entry (the key the verified record uses). */
function sourceOf(entry: { filePath?: string | undefined }, fallback: string): string {
  if (!entry.filePath) return fallback;
  return path.relative(courseRoot, path.resolve(projectRoot, entry.filePath)).split(path.sep).join('/');
}

const readSource = (file: string) => readFileSync(path.join(courseRoot, file), 'utf8');

// ---------------------------------------------------------------------------

/**
 * The instructor-only collections (guides, instructor pages, the syntax
 * inventory) exist only when EDITION=instructor, so their generated types are
 * `unknown` to the type checker: these are the schemas' own types.
 */
interface Entry<Data> {
  id: string;
  filePath?: string | undefined;
  data: Data;
}
type Guide = Entry<GuideFrontmatter>;
type Page = Entry<PageFrontmatter>;

interface Course {
  blocks: VerifiedBlocks;
  lessons: { lesson: Lesson; exercise: Exercise | undefined; guide: Guide | undefined; module: CollectionEntry<'modules'> }[];
  modules: CollectionEntry<'modules'>[];
  instructorPages: Page[];
  coursePages: Page[];
  features: Feature[];
  /** Site path (no base, no hash) → file of the set. */
  siteLinks: Map<string, string>;
  site: string;
}

/** A link of the course source, rewritten for the file at `from`: site pages become relative links to their Markdown, other site paths absolute URLs. */
function linkRewriter(course: Course, from: string): (url: string) => string {
  return (url) => {
    if (!url.startsWith('/')) return url;
    const [pathname = '/'] = url.split('#');
    const target = course.siteLinks.get(pathname.replace(/^\/instructor(?=\/)/, '')) ?? course.siteLinks.get(pathname);
    if (target) return path.posix.relative(path.posix.dirname(from), target);
    return new URL(url, course.site).href;
  };
}

function context(course: Course, from: string, file: string, extra: Partial<ConvertContext> = {}): ConvertContext {
  return { file, blocks: course.blocks, link: linkRewriter(course, from), ...extra };
}

/** Blocks that start with `lead`: inside their first paragraph when they start with one. */
function leadWith(lead: PhrasingContent, blocks: RootContent[]): RootContent[] {
  const [first, ...rest] = blocks;
  if (first?.type === 'paragraph') return [{ ...first, children: [lead, text(' '), ...first.children] }, ...rest];
  return [paragraph(lead), ...blocks];
}

const relative = (from: string, to: string) => path.posix.relative(path.posix.dirname(from), to);
const titleOf = (lesson: Lesson) => `${lesson.data.number} ${lesson.data.title}`;

// ---------------------------------------------------------------------------
// Files.

function pageDocument(
  course: Course,
  out: string,
  entry: { data: { title: string; summary: string }; filePath?: string | undefined },
  fallback: string,
): string {
  const file = sourceOf(entry, fallback);
  const tree = parseMarkdown(readSource(file), file);
  return stringify([heading(1, text(entry.data.title)), blockquote(paragraph(text(entry.data.summary))), ...convertDocument(tree, context(course, out, file))]);
}

function lessonDocument(course: Course, entry: Course['lessons'][number]): string {
  const { lesson, exercise, guide, module } = entry;
  const out = lessonFile(lesson);
  const file = sourceOf(lesson, `content/lessons/${lesson.id}.mdx`);
  const tree = parseMarkdown(readSource(file), file);
  const byNumber = new Map(course.lessons.map((l) => [l.lesson.data.number, l.lesson]));
  const about = [
    text(
      `Module ${module.data.number}: ${module.data.title} · Lesson ${lesson.data.number}${lesson.data.minutes ? ` · about ${lesson.data.minutes} minutes` : ''}.`,
    ),
  ];
  if (guide) about.push(text(' Instructor guide: '), link(relative(out, guideFile(lesson)), text(guideFile(lesson))), text('.'));
  if (exercise) about.push(text(' Exercise: '), link(relative(out, exerciseFile(exercise)), text(exerciseFile(exercise))), text('.'));
  const prerequisites = lesson.data.prerequisites.map((p) => {
    if ('text' in p) return [text(p.text)];
    const target = byNumber.get(p.lesson);
    return [target ? link(relative(out, lessonFile(target)), text(`Lesson ${titleOf(target)}`)) : text(`Lesson ${p.lesson}`), text(`: ${p.why}`)];
  });
  return stringify([
    heading(1, text(`Lesson ${titleOf(lesson)}`)),
    blockquote(paragraph(text(lesson.data.summary))),
    paragraph(...about),
    heading(2, text('Objectives')),
    list(
      lesson.data.objectives.map((o) => [text(o.text)]),
      { checked: false },
    ),
    ...(prerequisites.length ? [heading(2, text('Prerequisites')), list(prerequisites)] : []),
    { type: 'thematicBreak' },
    ...convertDocument(tree, context(course, out, file)),
  ]);
}

function guideDocument(course: Course, entry: Course['lessons'][number]): string {
  const { lesson, exercise } = entry;
  const guide = entry.guide!;
  const data = guide.data;
  const out = guideFile(lesson);
  const file = sourceOf(guide, `content/guides/${guide.id}.mdx`);
  const tree = parseMarkdown(readSource(file), file);
  const to = (target: string, label?: string) => link(relative(out, target), inlineCode(label ?? target));
  const guidelines = course.instructorPages.find((p) => p.id === 'guidelines');
  const framework = course.instructorPages.find((p) => p.id === 'framework');

  const before: RootContent[] = [
    heading(2, text('Before teaching')),
    list(
      [
        ...(guidelines ? [[text('Read '), to(instructorPageFile(guidelines.id)), text(' for the prime directive.')]] : []),
        ...(framework ? [[text('Read '), to(instructorPageFile(framework.id)), text(' for teaching strategies.')]] : []),
        [text('Read '), to(lessonFile(lesson)), text(` for the lesson content, as the student will read it.`)],
        [text('Read '), to(SYNTAX_FILE), text(' to check what syntax the student has seen.')],
      ],
      { ordered: true },
    ),
  ];

  const introduced = course.features.filter((f) => f.introduced === lesson.data.number);
  const newSyntax: RootContent[] = [
    heading(2, text('New in this lesson')),
    introduced.length === 0
      ? paragraph(text('This lesson introduces no new syntax: it combines what earlier lessons introduced (see '), to(SYNTAX_FILE), text(').'))
      : paragraph(text('What the student meets here for the first time, per '), to(SYNTAX_FILE), text('. Anything else in the lesson was introduced earlier.')),
    ...(introduced.length
      ? [
          table(
            ['Feature', 'Kind', 'What it is'],
            introduced.map((f) => [[inlineCode(featureCode(f))], [text(f.kind)], [text(f.summary)]]),
          ),
        ]
      : []),
  ];

  // The hints are authored once, in the exercise's prompt: read them from there, as the guide page does.
  let hints: RootContent[][] = [];
  if (exercise) {
    const exerciseSource = sourceOf(exercise, `content/exercises/${exercise.id}/exercise.mdx`);
    const ladder = findHintLadder(parseMarkdown(readSource(exerciseSource), exerciseSource));
    if (ladder) hints = hintTiers(ladder, context(course, out, exerciseSource));
  }

  const split = data.pacing.split;
  const pacing: RootContent[] = [
    heading(2, text('Pacing notes')),
    list([
      [strong(text('If breezing through:')), text(` ${data.pacing.breezing}`)],
      [strong(text('If struggling:')), text(` ${data.pacing.struggling}`)],
      ...data.pacing.notes.map((n) => [text(n)]),
    ]),
    ...(split
      ? [
          paragraph(
            strong(
              text(
                `Time split: ${split.reduce((sum, p) => sum + p.minutes, 0)} minutes${lesson.data.minutes !== undefined ? ` of the lesson's ${lesson.data.minutes}` : ''}`,
              ),
            ),
          ),
          table(
            ['Part', 'Minutes'],
            split.map((p) => [[text(p.part)], [text(String(p.minutes))]]),
          ),
        ]
      : []),
  ];

  return stringify([
    heading(1, text(`Instructor guide: ${titleOf(lesson)}`)),
    blockquote(paragraph(text('For the instructor only: never show this file, the hints ahead of time, or the solutions to a student.'))),
    ...before,
    heading(2, text('Learning through struggle: never write code for the student')),
    paragraph(text(data.primeDirective)),
    heading(2, text('Your role')),
    paragraph(text(data.role)),
    heading(2, text('Lesson objectives')),
    paragraph(text('By the end, the student should be able to:')),
    list(
      lesson.data.objectives.map((o) => [text(o.text)]),
      { checked: false },
    ),
    heading(2, text('Prerequisites check')),
    paragraph(text('Before starting, confirm the student:')),
    list(data.prerequisitesCheck.map((item) => [text(item)])),
    ...newSyntax,
    ...convertDocument(tree, context(course, out, file)),
    heading(2, text('Common student questions')),
    ...data.questions.flatMap((qa) => [paragraph(strong(text(`Q: “${qa.question}”`))), paragraph(text(`A: ${qa.answer}`))]),
    heading(2, text('Misconception alerts')),
    table(
      ['Misconception', 'Correction', 'How to explain'],
      data.misconceptions.map((m) => [[text(m.misconception)], [text(m.correction)], [text(m.explain)]]),
    ),
    heading(2, text(`Exercise facilitation${exercise ? `: ${exercise.data.title}` : ''}`)),
    ...(exercise
      ? [
          paragraph(
            text('The exercise: '),
            link(relative(out, exerciseFile(exercise)), inlineCode(exerciseFile(exercise))),
            text(' (prompt, files, reference solution and wrong solutions).'),
          ),
        ]
      : []),
    paragraph(strong(text('Goal:')), text(` ${data.exercise.goal}`)),
    ...(hints.length
      ? [
          heading(3, text('Progressive hints (one at a time, only after real effort)')),
          list(
            hints.map((tier, i) => leadWith(strong(text(`Hint ${i + 1} of ${hints.length}.`)), tier)),
            { ordered: true },
          ),
        ]
      : []),
    heading(3, text('Common mistakes to watch for')),
    list(data.exercise.commonMistakes.map((m) => [text(m)])),
    heading(2, text('Debugging support')),
    table(
      ['Error or symptom', 'Likely cause', 'How to guide them'],
      data.debugging.map((row) => [
        [text(row.symptom), ...(row.message ? [text(' Message: '), inlineCode(row.message.replace(/\s*\n\s*/g, ' '))] : [])],
        [text(row.likelyCause)],
        [text(row.howToGuide)],
      ]),
    ),
    ...pacing,
    ...(data.selfCheckAnswers
      ? [
          heading(2, text('Self-check answer key')),
          list(
            data.selfCheckAnswers.map((a) => [text(a)]),
            { ordered: true },
          ),
        ]
      : []),
  ]);
}

function exerciseDocument(course: Course, entry: Course['lessons'][number]): string {
  const { lesson } = entry;
  const exercise = entry.exercise!;
  const out = exerciseFile(exercise);
  const file = sourceOf(exercise, `content/exercises/${exercise.id}/exercise.mdx`);
  const tree = parseMarkdown(readSource(file), file);
  const files = course.blocks.exercise(`exercises/${exercise.id}`);
  if (!files) throw new Error(`${file}: no verified files for this exercise (run \`npm run verify\`)`);
  const starterRun = requireView(files.starterRun, `${file} (starter)`);
  const solutionRun = requireView(files.solutionRun, `${file} (solution)`);

  const learnerFiles = (depth: 2 | 3): RootContent[] => [
    heading(depth, text('Your files')),
    paragraph(
      text('Save both files in one folder. The student edits '),
      inlineCode(files.starterName),
      text('; the tests in '),
      inlineCode(files.testsName),
      text(
        ' tell them when they are done. Before anything is changed the tests fail: the run after the two files, of the tests against the untouched starter, is where the student starts.',
      ),
    ),
    code('zig', files.starterCode.replace(/\n+$/, ''), `title="${files.starterName}"`),
    code('zig', files.testsCode.replace(/\n+$/, ''), `title="${files.testsName}"`),
    ...runNodes(starterRun),
  ];
  let placed = false;
  const body = convertDocument(tree, context(course, out, file, { exerciseFiles: () => ((placed = true), learnerFiles(2)) }));

  const wrong = (exercise.data.wrong ?? []).map((w) => {
    const found = files.wrong.find((f) => f.file === w.file);
    if (!found) throw new Error(`${file}: no verified run of the wrong solution ${w.file} (run \`npm run verify\`)`);
    return { ...w, code: found.code, run: requireView(found.run, `${file} (${w.file})`) };
  });

  return stringify([
    heading(1, text(`Exercise ${lesson.data.number}: ${exercise.data.title}`)),
    blockquote(paragraph(text(exercise.data.summary))),
    paragraph(
      text('Practises '),
      link(relative(out, lessonFile(lesson)), text(`lesson ${titleOf(lesson)}`)),
      text('. Teaching notes: '),
      link(relative(out, guideFile(lesson)), inlineCode(guideFile(lesson))),
      text('. The student works from the prompt, files and hints; the reference solution and the wrong solutions are for the instructor only.'),
    ),
    heading(2, text('Objectives')),
    list(
      exercise.data.objectives.map((o) => [text(o.text)]),
      { checked: false },
    ),
    heading(2, text('Prompt')),
    ...body,
    ...(placed ? [] : learnerFiles(2)),
    heading(2, text('Reference solution (instructors only)')),
    paragraph(text('Never hand this to a student. It is here so you can recognise a correct approach; students’ solutions may differ and still be right.')),
    ...zigBlock({ ...solutionRun, code: files.solutionCode }, `${files.starterName} (solution)`),
    ...(wrong.length
      ? [
          heading(2, text('Plausible wrong solutions the tests reject')),
          paragraph(
            text(
              'Each is a mistake a learner may well make. The verifier runs the tests against it on every build and checks that they fail as shown, so the tests cannot be passed this way.',
            ),
          ),
          ...wrong.flatMap((w) => [
            heading(3, text('Wrong: '), inlineCode(w.file)),
            paragraph(strong(text('The mistake:')), text(` ${w.mistake}`)),
            ...zigBlock({ ...w.run, code: w.code }, `${files.starterName} (wrong: ${w.file})`),
          ]),
        ]
      : []),
  ]);
}

function syntaxDocument(course: Course): string {
  const titles = new Map(course.lessons.map(({ lesson }) => [lesson.data.number, lesson.data.title]));
  const lessonByNumber = new Map(course.lessons.map(({ lesson }) => [lesson.data.number, lesson]));
  const groups = [...new Set(course.features.map((f) => f.introduced))].sort((a, b) =>
    isPriorModule(a) || isPriorModule(b) ? Number(isPriorModule(b)) - Number(isPriorModule(a)) || a.localeCompare(b) : compareLessonNumbers(a, b),
  );
  return stringify([
    heading(1, text('Syntax inventory')),
    blockquote(
      paragraph(
        text(
          'What the student has seen so far. Before explaining something to a student in lesson N, check that everything you use is introduced at or before N.',
        ),
      ),
    ),
    paragraph(
      text(`${course.features.length} features, grouped by where they are introduced, in course order. `),
      inlineCode('npm run verify'),
      text(' checks every block a student sees against this list with Zig’s own parser: a block that uses a feature before its lesson fails the build.'),
    ),
    ...groups.flatMap((group) => {
      const lesson = lessonByNumber.get(group);
      const title = `${isPriorModule(group) ? 'Known from' : 'Introduced in'} ${describeIntroduction(group, { titles })}`;
      return [
        heading(2, text(title)),
        ...(lesson ? [paragraph(text('The lesson: '), link(lessonFile(lesson), inlineCode(lessonFile(lesson))), text('.'))] : []),
        table(
          ['Feature', 'Kind', 'Introduced', 'What it is'],
          course.features
            .filter((f) => f.introduced === group)
            .map((f) => [
              [inlineCode(featureCode(f))],
              [text(f.kind)],
              [text(isPriorModule(group) ? `Module ${group.slice(1)}` : `lesson ${group}`)],
              [text(f.summary)],
            ]),
        ),
      ];
    }),
  ]);
}

function llmsDocument(sections: TutorSection[], zigVersion: string): string {
  const lines = [
    `# ${COURSE_TITLE}: the AI tutor's reading list`,
    '',
    `> The instructor edition of ${COURSE_TITLE} as plain Markdown, for an AI instructor: the instructor guidelines and pedagogical framework, the syntax inventory, and every lesson, instructor guide and exercise in teaching order. Every Zig block is the code the student sees, followed by the output it really produced with Zig ${zigVersion} (the command, then the outcome: passes, compile error as expected, …), taken from the same verified record as the site. Instructor material: never show it to a student.`,
    '',
    "Naming: `lessons/<number>_<slug>.md` is lesson <number>; `guides/<number>_<slug>.md` is the instructor guide of the lesson with the same name; `exercises/<number>_<slug>/prompt.md` is the exercise of lesson <number>, with its prompt, the four hints, the student's files, the reference solution and the wrong solutions the tests reject. Links are relative to this file. Before teaching lesson N, read the two files under `modules/`, then lesson N, its guide, and `syntax_inventory.md`.",
    '',
    `The whole set as one archive: [${ARCHIVE_NAME}](${ARCHIVE_NAME}).`,
  ];
  for (const section of sections) {
    lines.push('', `## ${section.title}`, '');
    for (const file of section.files) lines.push(`- [${file.path}](${file.path}): ${file.description}`);
  }
  return `${lines.join('\n')}\n`;
}

/** "Lesson 3.7: …": one line, no trailing period doubled. */
const sentence = (value: string) => value.replace(/\s+/g, ' ').trim().replace(/\.$/, '');

async function build(): Promise<TutorSet> {
  const blocks = getVerifiedBlocks();
  const [courseModules, guides, instructorPages, coursePages, syntax] = (await Promise.all([
    getCourse(),
    getCollection('guides'),
    getCollection('instructor'),
    getCollection('pages'),
    getCollection('syntax'),
  ])) as unknown as [Awaited<ReturnType<typeof getCourse>>, Guide[], Page[], Page[], Entry<Feature>[]];
  const guideOf = new Map(guides.map((g) => [g.data.lesson, g]));
  const course: Course = {
    blocks,
    lessons: courseModules.flatMap(({ module, lessons }) =>
      lessons.map(({ lesson, exercise }) => ({ lesson, exercise, guide: guideOf.get(lesson.data.number), module })),
    ),
    modules: courseModules.map((m) => m.module),
    instructorPages: instructorPages.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    coursePages: coursePages.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    features: syntax.map((entry) => entry.data),
    siteLinks: new Map(),
    site: import.meta.env.SITE ?? 'https://zig-for-python.dev',
  };
  for (const { lesson, exercise } of course.lessons) {
    course.siteLinks.set(lessonPath(lesson), lessonFile(lesson));
    if (exercise) course.siteLinks.set(exercisePath(lesson), exerciseFile(exercise));
  }
  for (const page of course.instructorPages) course.siteLinks.set(`/${page.id}/`, instructorPageFile(page.id));
  for (const page of course.coursePages) if (page.id !== 'home') course.siteLinks.set(`/${page.id}/`, coursePageFile(page.id));
  course.siteLinks.set('/syntax/', SYNTAX_FILE);

  const sections: TutorSection[] = [
    {
      title: 'Before teaching',
      files: [
        ...course.instructorPages.map((page) => ({
          path: instructorPageFile(page.id),
          description: `${page.data.title}: ${sentence(page.data.summary)}.`,
          content: pageDocument(course, instructorPageFile(page.id), page, `content/instructor/${page.id}.mdx`),
        })),
        {
          path: SYNTAX_FILE,
          description: `Syntax inventory: every Zig feature the course uses (${course.features.length}), its kind, and the lesson that introduces it, grouped by lesson in course order.`,
          content: syntaxDocument(course),
        },
      ],
    },
  ];
  for (const module of course.modules) {
    const lessons = course.lessons.filter((l) => moduleOf(l.lesson) === module.data.number);
    if (!lessons.length) continue;
    const files: TutorFile[] = [];
    for (const entry of lessons) {
      const { lesson, exercise, guide } = entry;
      files.push({
        path: lessonFile(lesson),
        description: `Lesson ${titleOf(lesson)}: ${sentence(lesson.data.summary)}.`,
        content: lessonDocument(course, entry),
      });
      if (guide)
        files.push({
          path: guideFile(lesson),
          description: `Instructor guide for lesson ${titleOf(lesson)}: prime directive, questions, misconceptions, hints, debugging table, pacing and answer key.`,
          content: guideDocument(course, entry),
        });
      if (exercise) {
        files.push({
          path: exerciseFile(exercise),
          description: `Exercise ${lesson.data.number}: ${exercise.data.title}: ${sentence(exercise.data.summary)}. Prompt, four hints, files, reference solution${exercise.data.wrong?.length ? ' and wrong solutions' : ''}, each with its verified output.`,
          content: exerciseDocument(course, entry),
        });
      }
    }
    sections.push({ title: `Module ${module.data.number}: ${module.data.title}`, files });
  }
  const pages = course.coursePages.filter((page) => page.id !== 'home');
  if (pages.length) {
    sections.push({
      title: 'Optional',
      files: pages.map((page) => ({
        path: coursePageFile(page.id),
        description: `${page.data.title}: ${sentence(page.data.summary)}.`,
        content: pageDocument(course, coursePageFile(page.id), page, `content/pages/${page.id}.mdx`),
      })),
    });
  }

  const files = sections.flatMap((s) => s.files);
  const llms = llmsDocument(sections, blocks.zigVersion);
  const date = buildDate(courseRoot);
  const mtime = date ? Date.parse(`${date}T00:00:00Z`) / 1000 : FALLBACK_MTIME;
  const archive = tarGz(
    [{ path: `${ARCHIVE_ROOT}/llms.txt`, content: llms }, ...files.map((f) => ({ path: `${ARCHIVE_ROOT}/${f.path}`, content: f.content }))],
    mtime,
  );
  return { sections, files, llms, archive };
}

let cached: Promise<TutorSet> | undefined;

/** The reading list, built once per build. */
export function getTutorSet(): Promise<TutorSet> {
  cached ??= build();
  return cached;
}
