/**
 * Where content enters: reads every Markdown/MDX file under content/ and every
 * exercise folder, and returns all verify units plus every authoring error,
 * located. This is the only extraction step that touches the file system.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { hintProblems } from '../../../src/plugins/hint-ladder-rules.ts';
import { exerciseSchema } from '../../../src/schemas/exercise.ts';
import { ContentError } from '../errors.ts';
import { collectZigFences } from './collect-zig-fences.ts';
import { buildExerciseUnits } from './exercise-units.ts';
import { schemaFor } from './content-schemas.ts';
import { buildFenceUnits } from './fence-units.ts';
import { findFrontmatter, parseYamlWith } from './frontmatter.ts';
import type { ParseCache, ParsedContent } from './parse-cache.ts';
import { parseMarkdown } from './parse-markdown.ts';
import type { VerifyUnit } from './unit.ts';

/** The folders of a course, all under one root (the project, or a fixture course in tests). */
export interface CourseLayout {
  root: string;
  contentDir: string;
  snippetsDir: string;
  /** The verified record. */
  recordDir: string;
}

export function courseLayout(root: string): CourseLayout {
  const resolved = path.resolve(root);
  return {
    root: resolved,
    contentDir: path.join(resolved, 'content'),
    snippetsDir: path.join(resolved, 'snippets'),
    recordDir: path.join(resolved, 'snippets', 'verified'),
  };
}

export interface LoadedCourse {
  units: VerifyUnit[];
  errors: ContentError[];
  /** Content files read, relative to the root. */
  files: string[];
  /** Content files with at least one authoring error (their record is left as it is). */
  filesWithErrors: Set<string>;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...listFiles(full, pattern));
    else if (pattern.test(entry)) found.push(full);
  }
  return found;
}

function readIfFile(file: string): string | undefined {
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
}

/** Parses one content file down to what the verifier uses. Throws ContentError for MDX syntax errors. */
function parseContent(text: string, file: string): ParsedContent {
  const tree = parseMarkdown(text, file);
  const hints = hintProblems(tree).map((problem) => {
    const start = problem.node.position?.start ?? { line: 1, column: 1 };
    return { line: start.line, column: start.column, what: problem.what, why: problem.why, fix: problem.fix };
  });
  return { fences: collectZigFences(tree, text), hintProblems: hints };
}

/**
 * Loads the whole course. Errors are collected, not thrown, so authors see
 * them all at once. With `cache`, files whose text was parsed before are not
 * parsed again.
 */
export function loadCourse(layout: CourseLayout, cache?: ParseCache): LoadedCourse {
  const units: VerifyUnit[] = [];
  const errors: ContentError[] = [];
  const files: string[] = [];
  const filesWithErrors = new Set<string>();
  const collect = (file: string, work: () => void) => {
    const before = errors.length;
    try {
      work();
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
    if (errors.length > before) filesWithErrors.add(file);
  };

  for (const full of listFiles(layout.contentDir, /\.ya?ml$/)) {
    const file = toPosix(path.relative(layout.root, full));
    const data = schemaFor(toPosix(path.relative(layout.contentDir, full)));
    if (data) collect(file, () => parseYamlWith(data.schema, { yaml: readFileSync(full, 'utf8'), firstLine: 1 }, file, data.what));
  }

  for (const full of listFiles(layout.contentDir, /\.mdx?$/)) {
    const file = toPosix(path.relative(layout.root, full));
    const contentPath = toPosix(path.relative(layout.contentDir, full));
    const contentKey = contentPath.replace(/\.mdx?$/, '');
    files.push(file);
    const text = readFileSync(full, 'utf8');
    const frontmatterSchema = schemaFor(contentPath);
    if (frontmatterSchema && frontmatterSchema.schema !== exerciseSchema) {
      collect(file, () => {
        const source = findFrontmatter(text);
        if (!source)
          throw new ContentError({ file, line: 1, column: 1 }, `${frontmatterSchema.what} is missing`, {
            fix: 'start the file with a --- YAML block (see the README, "Authoring")',
          });
        parseYamlWith(frontmatterSchema.schema, source, file, frontmatterSchema.what);
      });
    }
    collect(file, () => {
      const syntax = file.endsWith('.mdx') ? 'mdx' : 'md';
      let parsed = cache?.get(syntax, text);
      if (!parsed) {
        parsed = parseContent(text, file);
        cache?.set(syntax, text, parsed);
      }
      // Hint ladders are checked here too, so one `npm run verify` lists every authoring error.
      for (const problem of parsed.hintProblems) {
        errors.push(
          new ContentError({ file, line: problem.line, column: problem.column }, problem.what, {
            why: problem.why,
            fix: problem.fix,
            sourceLine: text.split('\n')[problem.line - 1] ?? '',
          }),
        );
      }
      const result = buildFenceUnits({
        file,
        contentKey,
        fences: parsed.fences,
        readSnippet: (relative) => readIfFile(path.join(layout.snippetsDir, relative)),
      });
      units.push(...result.units);
      errors.push(...result.errors);
    });
    if (/^exercises\/[^/]+\/exercise$/.test(contentKey)) {
      collect(file, () => {
        const source = findFrontmatter(text);
        if (!source)
          throw new ContentError({ file, line: 1, column: 1 }, 'exercise.mdx has no frontmatter', {
            fix: 'start the file with a --- YAML block (see README, "Exercises")',
          });
        const frontmatter = parseYamlWith(exerciseSchema, source, file, 'exercise frontmatter');
        units.push(
          ...buildExerciseUnits({
            file,
            contentKey: contentKey.replace(/\/exercise$/, ''),
            frontmatter,
            readSibling: (name) => readIfFile(path.join(path.dirname(full), name)),
          }),
        );
      });
    }
  }

  const seen = new Map<string, VerifyUnit>();
  const unique: VerifyUnit[] = [];
  for (const unit of units) {
    const first = seen.get(unit.id);
    if (first) {
      filesWithErrors.add(unit.sourceFile);
      errors.push(
        new ContentError(unit.location, `duplicate block name "${unit.id}"`, {
          why: `block names are unique in the course; "${unit.id}" is first used at ${first.location.file}:${first.location.line}`,
          fix: 'rename one of the blocks',
        }),
      );
      continue;
    }
    seen.set(unit.id, unit);
    unique.push(unit);
  }
  return { units: unique, errors, files, filesWithErrors };
}
