/**
 * `npm run new -- lesson|exercise|guide <number> ["Title"]`: scaffolds course
 * content with valid frontmatter in the right places (see scripts/new/). It
 * reads the course, asks scaffold.ts what to write, and never overwrites.
 * Exit status: 0 created, 2 usage error.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { findFrontmatter } from '../course/extract/frontmatter.ts';
import { NEW_USAGE, NewUsageError, parseNewArgs, planScaffold, type CourseListing } from './new/scaffold.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The frontmatter of an MDX file, and the line each top-level key is on. */
function frontmatterOf(file: string): { data: Record<string, unknown>; lines: Record<string, number> } {
  const source = findFrontmatter(readFileSync(file, 'utf8'));
  if (!source) return { data: {}, lines: {} };
  const lines: Record<string, number> = {};
  source.yaml.split('\n').forEach((line, i) => {
    const key = /^([A-Za-z]\w*):/.exec(line)?.[1];
    if (key) lines[key] ??= source.firstLine + i;
  });
  let data: Record<string, unknown> = {};
  try {
    data = (parseYaml(source.yaml) as Record<string, unknown>) ?? {};
  } catch {
    // A broken frontmatter is the verifier's to report; here it just holds no number.
  }
  return { data, lines };
}

const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** Reads what the course at `root` already holds. */
function listCourse(root: string): CourseListing {
  const content = path.join(root, 'content');
  const lessons = list(path.join(content, 'lessons'))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const { data, lines } = frontmatterOf(path.join(content, 'lessons', name));
      return { file: `content/lessons/${name}`, number: String(data.number ?? ''), title: String(data.title ?? name), numberLine: lines.number ?? 1 };
    });
  const exercises = list(path.join(content, 'exercises'))
    .filter((name) => existsSync(path.join(content, 'exercises', name, 'exercise.mdx')))
    .map((name) => {
      const { data, lines } = frontmatterOf(path.join(content, 'exercises', name, 'exercise.mdx'));
      return { file: `content/exercises/${name}/exercise.mdx`, lesson: String(data.lesson ?? ''), lessonLine: lines.lesson ?? 1 };
    });
  const modules = list(path.join(content, 'modules'))
    .map((name) => /^(\d+)\.ya?ml$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return { lessons, exercises, modules, exists: (relative) => existsSync(path.join(root, relative)) };
}

function main(argv: string[]): number {
  try {
    const request = parseNewArgs(argv);
    if (request === 'help') {
      console.log(NEW_USAGE);
      return 0;
    }
    const root = request.root ? path.resolve(request.root) : projectRoot;
    const scaffold = planScaffold(request, listCourse(root));
    for (const file of scaffold.files) {
      const full = path.join(root, file.path);
      mkdirSync(path.dirname(full), { recursive: true });
      // 'wx': fail rather than overwrite, even if the file appeared since the check.
      writeFileSync(full, file.text, { flag: 'wx' });
      console.log(`new: created ${file.path}`);
    }
    console.log(`new: ${scaffold.next}`);
    return 0;
  } catch (error) {
    if (error instanceof NewUsageError) {
      const located = /^\S+:\d+:\d+: error: |^\S+: error: /.test(error.message);
      console.error(located ? error.message : `new: error: ${error.message}\n\n${NEW_USAGE}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
