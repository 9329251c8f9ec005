/**
 * Finds every ```zig fence in a parsed document, wherever it sits (lists,
 * directives, MDX components), with its exact position in the source file.
 */
import type { Code, Root } from 'mdast';
import type { Node } from 'unist';
import { visitParents } from 'unist-util-visit-parents';

export interface ZigFence {
  /** 1-based position among the zig fences of the file (document order). */
  ordinal: number;
  /** The fence body as the parser gives it (container indentation removed). */
  code: string;
  /**
   * Everything after `zig` on the opening line, as written (trimmed; null when
   * empty). Read from the source, not from the parser: CommonMark removes
   * backslash escapes from an info string, so `\"` would arrive as `"`.
   */
  meta: string | null;
  /** Line and column of the opening fence. */
  line: number;
  column: number;
  /** 1-based column where `meta` starts on the opening line. */
  metaColumn: number;
  /** The opening line as written, for caret underlines. */
  fenceLine: string;
  /** Source line of the first body line (line N of the block is source line firstBodyLine + N - 1). */
  firstBodyLine: number;
  /** Columns of container indentation the parser stripped from body lines. */
  bodyIndent: number;
  /** Inside an `:::instructor` block: never shown to learners. */
  instructorOnly: boolean;
  /** Inside a hint ladder. */
  inHint: boolean;
}

function directiveName(node: Node): string | undefined {
  return node.type === 'containerDirective' || node.type === 'leafDirective' ? (node as Node & { name: string }).name : undefined;
}

/** Lists the zig fences of a document in order. `lang` other than exactly "zig" is not Zig. */
export function collectZigFences(tree: Root, text: string): ZigFence[] {
  const lines = text.split('\n');
  const fences: ZigFence[] = [];
  visitParents(tree, 'code', (node: Code, ancestors: Node[]) => {
    if (node.lang !== 'zig' || !node.position) return;
    const { line, column } = node.position.start;
    const fenceLine = lines[line - 1] ?? '';
    const afterLang = fenceLine.indexOf('zig', column - 1) + 3;
    const rest = fenceLine.slice(afterLang).replace(/\s+$/, '');
    const meta = rest.trimStart();
    const names = ancestors.map(directiveName);
    fences.push({
      ordinal: fences.length + 1,
      code: node.value,
      meta: meta === '' ? null : meta,
      line,
      column,
      metaColumn: afterLang + rest.length - meta.length + 1,
      fenceLine,
      firstBodyLine: line + 1,
      bodyIndent: column - 1,
      instructorOnly: names.includes('instructor'),
      inHint: names.includes('hint') || names.includes('hints'),
    });
  });
  return fences;
}
