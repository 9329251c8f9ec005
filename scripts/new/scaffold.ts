/**
 * `npm run new`'s decisions, pure: from the command line and what the course
 * already holds, the files to create, or a located usage error. The CLI
 * (scripts/new.ts) reads the course and writes the files.
 */
import { exerciseTemplate, guideTemplate, lessonTemplate } from './templates.ts';

export type Kind = 'lesson' | 'exercise' | 'guide';
export const KINDS: Kind[] = ['lesson', 'exercise', 'guide'];

export const NEW_USAGE = `usage: npm run new -- <kind> <number> ["Title"] [--root DIR]

Scaffolds content with valid frontmatter that passes \`npm run verify\` as generated:

  lesson 3.8 "Title"     content/lessons/3.8-title.mdx
  exercise 3.8 "Title"   content/exercises/3.8-title/: exercise.mdx (four-tier hint ladder),
                         a starter whose tests fail, the tests, and a passing solution
  guide 3.8              content/guides/<the lesson's file name>.mdx
  --root DIR             the course to add to (default: this project)

Never overwrites a file.`;

/** A problem with the command, with where it is when a file is involved. */
export class NewUsageError extends Error {
  override name = 'NewUsageError';
}

export interface NewRequest {
  kind: Kind;
  number: string;
  title?: string;
  root?: string;
}

/** Parses argv (without node and script). */
export function parseNewArgs(argv: string[]): NewRequest | 'help' {
  const positional: string[] = [];
  let root: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--root') {
      root = argv[++i];
      if (!root) throw new NewUsageError('--root needs a folder');
    } else if (arg.startsWith('--')) {
      throw new NewUsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const [kind, number, title, ...rest] = positional;
  if (!kind) throw new NewUsageError('say what to create: lesson, exercise or guide');
  if (!KINDS.includes(kind as Kind)) throw new NewUsageError(`unknown kind "${kind}": use lesson, exercise or guide`);
  if (!number) throw new NewUsageError(`${kind} needs a lesson number, e.g. 3.8`);
  if (!/^\d+\.\d+$/.test(number)) throw new NewUsageError(`"${number}" is not a lesson number: write module.lesson, e.g. 3.8`);
  if (rest.length) throw new NewUsageError(`unexpected "${rest.join(' ')}": put the title in quotes`);
  if (kind !== 'guide' && !title?.trim()) throw new NewUsageError(`${kind} needs a title in quotes, e.g. npm run new -- ${kind} ${number} "Arena Allocators"`);
  if (kind === 'guide' && title) throw new NewUsageError('a guide takes its title from its lesson: npm run new -- guide <number>');
  return { kind: kind as Kind, number, ...(title ? { title: title.trim() } : {}), ...(root ? { root } : {}) };
}

/** "Top-K Predictions!" → "top-k-predictions". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What the course already has, as far as a scaffold cares (paths relative to the course root). */
export interface CourseListing {
  /** Lesson files, with their frontmatter number. */
  lessons: { file: string; number: string; title: string; numberLine: number }[];
  /** exercise.mdx files, with the lesson they belong to. */
  exercises: { file: string; lesson: string; lessonLine: number }[];
  /** Module numbers with a content/modules/<n>.yaml. */
  modules: number[];
  exists: (relative: string) => boolean;
}

export interface Scaffold {
  files: { path: string; text: string }[];
  /** What to do next, for the author. */
  next: string;
}

const at = (file: string, line: number, what: string, fix: string) => new NewUsageError(`${file}:${line}:1: error: ${what}\n  fix: ${fix}`);

/** The files to create for `request` in a course that holds `listing`; throws NewUsageError. */
export function planScaffold(request: NewRequest, listing: CourseListing): Scaffold {
  const { kind, number } = request;
  const module = Number(number.split('.')[0]);
  const lesson = listing.lessons.find((l) => l.number === number);
  let files: Scaffold['files'];
  if (kind === 'lesson') {
    if (lesson) throw at(lesson.file, lesson.numberLine, `lesson ${number} already exists`, 'pick another number, or edit that lesson');
    if (!listing.modules.includes(module)) {
      throw new NewUsageError(
        `content/modules/${module}.yaml: error: module ${module} does not exist\n  fix: create it first (number, title, summary: see src/schemas/module.ts), or pick a lesson number in module ${listing.modules.join(', ') || '…'}`,
      );
    }
    const slug = slugify(request.title!);
    if (!slug) throw new NewUsageError(`the title "${request.title}" has no letters or digits to name the file with`);
    files = [{ path: `content/lessons/${number}-${slug}.mdx`, text: lessonTemplate({ number, title: request.title!, slug }) }];
  } else {
    if (!lesson) throw new NewUsageError(`content/lessons/: error: no lesson ${number}\n  fix: create it first: npm run new -- lesson ${number} "Title"`);
    if (kind === 'exercise') {
      const existing = listing.exercises.find((e) => e.lesson === number);
      if (existing) throw at(existing.file, existing.lessonLine, `lesson ${number} already has an exercise`, 'each lesson has one exercise: edit that one');
      const slug = slugify(request.title!);
      if (!slug) throw new NewUsageError(`the title "${request.title}" has no letters or digits to name the files with`);
      const dir = `content/exercises/${number}-${slug}`;
      const module = slug.replace(/-/g, '_').replace(/^(\d)/, '_$1');
      const text = exerciseTemplate({ number, title: request.title!, slug, module });
      files = [
        { path: `${dir}/exercise.mdx`, text: text['exercise.mdx'] },
        { path: `${dir}/${module}.zig`, text: text.starter },
        { path: `${dir}/${module}_test.zig`, text: text.tests },
        { path: `${dir}/solution.zig`, text: text.solution },
      ];
    } else {
      const name = lesson.file.replace(/^content\/lessons\//, '');
      files = [{ path: `content/guides/${name}`, text: guideTemplate({ number, title: lesson.title }) }];
    }
  }
  for (const file of files) {
    if (listing.exists(file.path))
      throw at(file.path, 1, 'already exists, and npm run new never overwrites', 'pick another number or title, or edit that file');
  }
  const target = kind === 'exercise' ? files[0]!.path.replace(/\/exercise\.mdx$/, '/') : files[0]!.path;
  return { files, next: `next: replace the TODOs, then run \`npm run verify -- ${target}\`` };
}
