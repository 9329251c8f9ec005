/**
 * Course MDX as plain Markdown, for the AI tutor's reading list (see
 * reading-list.ts). The source is parsed with the verifier's own parser, so
 * every ```zig fence is found at the position the site and the verified record
 * know it by, and replaced with the code the reader sees (hidden lines
 * removed, include regions resolved) followed by its verified output. The
 * course's directives become plain Markdown; MDX components become their
 * text, or are dropped with a comment saying so.
 */
import type {
  BlockContent,
  Code,
  DefinitionContent,
  Heading,
  Link,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { ContentError } from '../../../scripts/verify/errors.ts';
import type { VerifiedView } from '../render-code-frame.ts';
import type { VerifiedBlocks } from '../verified-blocks.ts';

// ---------------------------------------------------------------------------
// Small mdast builders, so generated parts are escaped like authored ones.

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
export const emphasis = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children });
export const inlineCode = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
export const link = (url: string, ...children: PhrasingContent[]): PhrasingContent => ({ type: 'link', url, children });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
export const heading = (depth: 1 | 2 | 3 | 4 | 5 | 6, ...children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children });
export const blockquote = (...children: (BlockContent | DefinitionContent)[]): RootContent => ({ type: 'blockquote', children });
export const code = (lang: string, value: string, meta?: string): Code => ({ type: 'code', lang, meta: meta ?? null, value });

/** A list whose items are either phrasing (one paragraph) or blocks. */
export function list(items: (PhrasingContent[] | RootContent[])[], options: { ordered?: boolean; checked?: boolean } = {}): List {
  return {
    type: 'list',
    ordered: options.ordered ?? false,
    spread: false,
    children: items.map((item): ListItem => {
      const blocks = item.length > 0 && isBlock(item[0]!) ? (item as RootContent[]) : [paragraph(...(item as PhrasingContent[]))];
      return {
        type: 'listItem',
        spread: false,
        ...(options.checked !== undefined ? { checked: options.checked } : {}),
        children: blocks as ListItem['children'],
      };
    }),
  };
}

/** A GFM table: the first row is the header. */
export function table(header: string[], rows: PhrasingContent[][][]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children): TableCell => ({ type: 'tableCell', children })) });
  return { type: 'table', align: header.map(() => null), children: [row(header.map((h) => [text(h)])), ...rows.map(row)] };
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'code', 'list', 'blockquote', 'table', 'thematicBreak', 'html', 'definition']);
function isBlock(node: Nodes): boolean {
  return BLOCK_TYPES.has(node.type);
}

/** Serializes a document: GFM (tables, task lists), `-` bullets, fenced code, one trailing newline. */
export function stringify(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return toMarkdown(root, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    fences: true,
    rule: '-',
    listItemIndent: 'one',
    emphasis: '_',
    strong: '*',
  }).replace(/\n*$/, '\n');
}

// ---------------------------------------------------------------------------
// Verified Zig blocks.

/** The outcome line of a verified run, as the site's status line says it. */
export function outcomeLine(view: VerifiedView): string {
  return view.status === 'verified' ? `Verified with Zig ${view.zigVersion} · ${view.label}:` : view.label.replace(/^not verified/, 'Not verified');
}

/** The verified run of a block: its outcome line, then a ```text transcript that starts with the command. Skipped blocks say why and have no transcript. */
export function runNodes(view: VerifiedView): RootContent[] {
  if (view.status !== 'verified') return [paragraph(emphasis(text(outcomeLine(view))))];
  return [paragraph(text(outcomeLine(view))), code('text', `$ ${view.command}${view.output ? `\n${view.output.replace(/\n+$/, '')}` : ''}`)];
}

/** The info string of a Zig block: its file title, and where an included region comes from. */
function zigMeta(title: string, note?: string): string {
  const quote = (value: string) => `"${value.replace(/"/g, "'")}"`;
  return `title=${quote(title)}${note ? ` note=${quote(note)}` : ''}`;
}

/** A Zig block as the reader sees it, followed by its verified run. */
export function zigBlock(view: VerifiedView, title = view.title): RootContent[] {
  return [code('zig', view.code.replace(/\n+$/, ''), zigMeta(title, view.titleNote)), ...runNodes(view)];
}

/** A verified view, or the located error the site would have failed with. */
export function requireView(view: VerifiedView | ContentError | undefined, where: string): VerifiedView {
  if (view instanceof ContentError) throw view;
  if (!view) throw new Error(`${where}: this zig block is unknown to the verifier (run \`npm run verify\`)`);
  return view;
}

// ---------------------------------------------------------------------------
// MDX and directives to plain Markdown.

export interface ConvertContext {
  /** The source file, relative to the course root (the key the verified record uses). */
  file: string;
  blocks: VerifiedBlocks;
  /** Rewrites a link of the site (`/module-3/…/`) to a file of the set, relative to the file being written. */
  link: (url: string) => string;
  /** What `::exercise-files` stands for in this file (exercise prompts only). */
  exerciseFiles?: () => RootContent[];
  /** Heading depth of a hint ladder's "Hints" heading (its tiers are one below). */
  hintsDepth?: 2 | 3 | 4;
}

const ASIDES: Record<string, string> = { note: 'Note', tip: 'Tip', caution: 'Caution' };

type Parent = { children: Nodes[] };
type DirectiveNode = { type: string; name: string; attributes?: Record<string, string | null | undefined> | null; children: Nodes[] };
type JsxNode = { type: string; name: string | null; attributes: { type: string; name?: string; value?: unknown }[]; children: Nodes[] };

const isLabel = (node: Nodes) => (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;

/** Prefixes a block list with a bold label, inside its first paragraph when it starts with one. */
function labelled(label: string, children: Nodes[]): RootContent {
  const [first, ...rest] = children;
  if (first?.type === 'paragraph') return blockquote({ ...first, children: [strong(text(label)), text(' '), ...first.children] }, ...(rest as BlockContent[]));
  return blockquote(paragraph(strong(text(label))), ...(children as BlockContent[]));
}

function attribute(node: JsxNode, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The tiers of a `::::hints` ladder, each as converted blocks. */
export function hintTiers(ladder: DirectiveNode, context: ConvertContext): RootContent[][] {
  return ladder.children
    .filter((child): child is Nodes & DirectiveNode => child.type === 'containerDirective' && (child as DirectiveNode).name === 'hint')
    .map(
      (tier) =>
        convertNodes(
          tier.children.filter((child) => !isLabel(child)),
          context,
        ) as RootContent[],
    );
}

/** Finds the hint ladder of a parsed document. */
export function findHintLadder(tree: Root): DirectiveNode | undefined {
  return tree.children.find((node) => node.type === 'containerDirective' && node.name === 'hints') as DirectiveNode | undefined;
}

function convertNode(node: Nodes, context: ConvertContext): Nodes[] {
  switch (node.type) {
    case 'yaml':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // Frontmatter is rendered by the caller; imports and {expressions} have no meaning outside the site.
      return [];
    case 'code': {
      if (node.lang !== 'zig') return [node];
      const where = `${context.file}:${node.position?.start.line ?? '?'}`;
      return zigBlock(requireView(context.blocks.fence(context.file, node.position!.start.line), where));
    }
    case 'link':
      return [{ ...(node as Link), url: context.link(node.url), children: convertNodes(node.children, context) as PhrasingContent[] }];
    case 'textDirective': {
      // remark-directive reads prose such as `3:30` as a directive: give the text back, as the site does.
      const directive = node as unknown as DirectiveNode;
      return [
        text(`:${directive.name}`),
        ...(directive.children.length ? [text('['), ...convertNodes(directive.children, context), text(']')] : []),
      ] as Nodes[];
    }
    case 'leafDirective': {
      const directive = node as unknown as DirectiveNode;
      if (directive.name === 'exercise-files') return context.exerciseFiles?.() ?? [];
      return [];
    }
    case 'containerDirective': {
      const directive = node as unknown as DirectiveNode;
      const children = directive.children;
      if (directive.name in ASIDES) {
        const label =
          children[0] && isLabel(children[0])
            ? (children[0] as Paragraph).children.map((c) => ('value' in c ? c.value : '')).join('')
            : ASIDES[directive.name]!;
        return [
          labelled(
            `${label}:`,
            convertNodes(
              children.filter((c) => !isLabel(c)),
              context,
            ),
          ),
        ];
      }
      if (directive.name === 'instructor') return [labelled('Instructor note (not shown to students):', convertNodes(children, context))];
      if (directive.name === 'hints') {
        const depth = context.hintsDepth ?? 2;
        const tiers = hintTiers(directive, context);
        return [
          heading(depth, text('Hints')),
          paragraph(text('Give them one at a time, in order, and only after real effort.')),
          ...tiers.flatMap((tier, i) => [heading((depth + 1) as 3 | 4 | 5, text(`Hint ${i + 1} of ${tiers.length}`)), ...tier]),
        ];
      }
      return convertNodes(
        children.filter((c) => !isLabel(c)),
        context,
      );
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const jsx = node as unknown as JsxNode;
      const children = convertNodes(jsx.children, context);
      if (jsx.name === 'Callout' && node.type === 'mdxJsxFlowElement') {
        const type = attribute(jsx, 'type') ?? 'note';
        return [labelled(`${attribute(jsx, 'title') ?? ASIDES[type] ?? 'Note'}:`, children)];
      }
      if (children.length) return children;
      // An element with no text of its own is interactive page furniture: say what was left out.
      return node.type === 'mdxJsxFlowElement'
        ? [{ type: 'html', value: `<!-- <${jsx.name ?? 'fragment'}> left out: an element of the web page with no text of its own -->` }]
        : [];
    }
    default:
      if ('children' in node) return [{ ...node, children: convertNodes((node as Parent).children, context) } as Nodes];
      return [node];
  }
}

/** Converts a list of nodes (a document's or a parent's children). */
export function convertNodes(nodes: Nodes[], context: ConvertContext): Nodes[] {
  return nodes.flatMap((node) => convertNode(node, context));
}

/** A parsed document's body as plain Markdown nodes. */
export function convertDocument(tree: Root, context: ConvertContext): RootContent[] {
  return convertNodes(tree.children, context) as RootContent[];
}
