/**
 * Guides quote Zig, they do not invent it: a debugging row's `message` must
 * occur verbatim in a verified output of the course. Checked by `npm run
 * verify` (located at the message in the guide's frontmatter), so a guide
 * cannot drift from what the pinned Zig prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './errors.ts';
import type { CourseLayout } from './extract/load-course.ts';
import { findFrontmatter } from './extract/frontmatter.ts';

/** Every debugging message of every guide that no output contains, as located errors. */
export function unquotedGuideMessages(layout: CourseLayout, outputs: string[]): ContentError[] {
  const guidesDir = path.join(layout.contentDir, 'guides');
  let files: string[];
  try {
    files = readdirSync(guidesDir)
      .filter((name) => /\.mdx?$/.test(name))
      .sort();
  } catch {
    return [];
  }
  const errors: ContentError[] = [];
  for (const name of files) {
    const file = path.posix.join('content', 'guides', name);
    const source = findFrontmatter(readFileSync(path.join(guidesDir, name), 'utf8'));
    if (!source) continue; // the schema check reports a missing frontmatter
    const lineCounter = new LineCounter();
    const doc = parseDocument(source.yaml, { lineCounter });
    const debugging = isMap(doc.contents) ? doc.contents.get('debugging', true) : undefined;
    if (!isSeq(debugging)) continue;
    for (const row of debugging.items) {
      const message = isMap(row) ? row.get('message', true) : undefined;
      if (!isScalar(message) || typeof message.value !== 'string') continue;
      const text = message.value;
      if (outputs.some((output) => output.includes(text))) continue;
      const pos = lineCounter.linePos(message.range?.[0] ?? 0);
      errors.push(
        new ContentError({ file, line: source.firstLine + pos.line - 1, column: pos.col }, `debugging message not found in any verified output: "${text}"`, {
          why: 'debugging tables quote real compiler and runtime messages from the pinned Zig, never invented ones',
          fix: 'copy the message from an output in snippets/verified/, or add a verified block that produces it',
        }),
      );
    }
  }
  return errors;
}
