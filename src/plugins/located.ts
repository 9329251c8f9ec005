/** Helpers shared by the site's remark plugins: where a node is, as a ContentError location. */
import path from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { ContentError, type ContentErrorDetails } from '../../course/errors.ts';

/** The file's path relative to the course root, with forward slashes. */
export function courseRelativePath(file: VFile, courseRoot: string): string {
  return path.relative(courseRoot, file.path).split(path.sep).join('/');
}

/** A ContentError at a node of the file being processed. */
export function errorAt(file: VFile, courseRoot: string, node: Node, what: string, details: ContentErrorDetails = {}): ContentError {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const sourceLine = typeof file.value === 'string' ? file.value.split('\n')[start.line - 1] : undefined;
  return new ContentError({ file: courseRelativePath(file, courseRoot), line: start.line, column: start.column }, what, {
    ...(sourceLine !== undefined ? { sourceLine } : {}),
    ...details,
  });
}
