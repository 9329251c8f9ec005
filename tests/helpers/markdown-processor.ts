/**
 * The site's Markdown pipeline as a plain unified processor, for plugin tests:
 * a Markdown string in, the HTML the site would render out.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { VerifiedView } from '../../src/lib/render-code-frame.ts';
import type { VerifiedBlocks } from '../../src/lib/verified-blocks.ts';
import { sitePipeline, type Edition } from '../../src/plugins/pipeline.ts';
import type { DevBlockStatus } from '../../src/plugins/remark-zig-blocks.ts';
import { ContentError } from '../../scripts/verify/errors.ts';

export const COURSE_ROOT = '/course';

/** A record of verified results, keyed by `file:line` of the fence, as the verifier would leave it. */
export function recordOf(views: Record<string, VerifiedView | ContentError>): VerifiedBlocks {
  return {
    zigVersion: '0.17.0',
    fence: (file, line) => views[`${file}:${line}`],
    exercise: () => undefined,
    entries: () => [],
    errors: [],
  };
}

export async function renderMarkdown(
  markdown: string,
  options: { edition?: Edition; file?: string; blocks?: VerifiedBlocks; dev?: DevBlockStatus } = {},
): Promise<string> {
  const pipeline = sitePipeline({
    edition: options.edition ?? 'student',
    courseRoot: COURSE_ROOT,
    blocks: () => options.blocks ?? recordOf({}),
    ...(options.dev ? { dev: options.dev } : {}),
  });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(pipeline.remarkPlugins as PluggableList)
    .use(remarkRehype)
    .use(pipeline.rehypePlugins as PluggableList)
    .use(rehypeStringify);
  const file = new VFile({ value: markdown, path: `${COURSE_ROOT}/${options.file ?? 'content/lessons/1.1-test.mdx'}` });
  return String(await processor.process(file));
}

/** The message of the error a render throws. */
export async function renderError(markdown: string, options: Parameters<typeof renderMarkdown>[1] = {}): Promise<string> {
  try {
    await renderMarkdown(markdown, options);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the render to fail');
}
