/**
 * Reads YAML frontmatter (or a whole YAML file) and checks it against a zod
 * schema, turning every schema issue into a ContentError at the line of the
 * offending key.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { ContentError } from '../errors.ts';

export interface YamlSource {
  /** The YAML text. */
  yaml: string;
  /** Line of the file on which the YAML text starts (2 for frontmatter after `---`). */
  firstLine: number;
}

/** The frontmatter of a parsed file: the `yaml` node remark-frontmatter made of it, and the line its text starts on. */
export function frontmatterOf(tree: Root): YamlSource | undefined {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return undefined;
  return { yaml: node.value, firstLine: (node.position?.start.line ?? 1) + 1 };
}

// Frontmatter reads the same in Markdown and MDX, so readers that need nothing else parse plain Markdown.
const frontmatterParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * The frontmatter of a Markdown or MDX text, for readers that need nothing else of the file; undefined when there is none.
 * Frontmatter can only open a document, so the parser is given the text up to the first line that could close it: the
 * same yaml node as for the whole file, without parsing the lesson behind it (a whole parse costs ~20 ms a file).
 */
export function findFrontmatter(text: string): YamlSource | undefined {
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  return frontmatterOf(frontmatterParser.parse(close < 0 ? text : lines.slice(0, close + 1).join('\n')));
}

/** The YAML node at `path` (or, with `keyOfLast`, the key node of its last step). */
function nodeAt(root: unknown, path: PropertyKey[], keyOfLast = false): YamlNode | undefined {
  let node = root as YamlNode | undefined;
  let deepest = node;
  for (const [i, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      node = (keyOfLast && i === path.length - 1 ? pair?.key : (pair?.value ?? pair?.key)) as YamlNode | undefined;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as YamlNode | undefined;
    } else {
      node = undefined;
    }
    if (!node) break;
    deepest = node;
  }
  return deepest;
}

/** Parses and validates; throws the first problem as a located ContentError. */
export function parseYamlWith<T extends z.ZodType>(schema: T, source: YamlSource, file: string, what: string): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.yaml, { lineCounter, prettyErrors: false });
  const locate = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { file, line: source.firstLine + pos.line - 1, column: pos.col };
  };
  if (doc.errors.length) {
    const first = doc.errors[0]!;
    throw new ContentError(locate(first.pos[0]), `invalid YAML in ${what}: ${first.message.split('\n')[0]}`, {
      fix: 'check indentation and quoting (values with ":" or "#" need quotes)',
    });
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // An unknown key is best pointed at itself, not at the map that holds it.
  const unknownKey = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys?.[0] : undefined;
  const node = unknownKey === undefined ? nodeAt(doc.contents, issue.path) : nodeAt(doc.contents, [...issue.path, unknownKey], true);
  const key = issue.path.length ? issue.path.join('.') : '(top level)';
  throw new ContentError(locate(node?.range?.[0]), `${what}: ${key}: ${issue.message}`, {
    why: `the ${what} is checked against its schema (course/schemas/) so pages can rely on it`,
    fix: issue.code === 'unrecognized_keys' ? `remove or rename the unknown key(s): ${(issue as { keys?: string[] }).keys?.join(', ')}` : `correct ${key}`,
  });
}
