/**
 * Parses course Markdown/MDX into mdast with the same syntax extensions the
 * site uses (GFM, directives, MDX), so positions found here are the positions
 * the site's plugins see.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ContentError } from '../errors.ts';

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();
const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).use(remarkMdx).freeze();

interface ParserMessage {
  message?: string;
  reason?: string;
  line?: number | null;
  column?: number | null;
  place?: { line: number; column: number } | { start: { line: number; column: number } } | null;
}

/** Parses one file; an MDX syntax error becomes a located ContentError. */
export function parseMarkdown(text: string, file: string): Root {
  const parser = file.endsWith('.mdx') ? mdxParser : markdownParser;
  try {
    return parser.parse(text);
  } catch (error) {
    const message = error as ParserMessage;
    const place = message.place && 'start' in message.place ? message.place.start : message.place;
    const line = place?.line ?? message.line ?? 1;
    const column = place?.column ?? message.column ?? 1;
    throw new ContentError({ file, line, column }, `MDX syntax error: ${message.reason ?? message.message ?? String(error)}`, {
      why: 'the file must parse as MDX before its code blocks can be found',
      fix: 'fix the syntax at this position (in MDX, a bare `{` or `<` in prose must be escaped as `\\{` or `&lt;`)',
      sourceLine: text.split('\n')[line - 1],
    });
  }
}
