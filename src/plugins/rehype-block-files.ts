/**
 * Instructor edition: under each verified block's frame, links to the files
 * it was verified from (src/lib/block-files.ts), to download and run live.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { blockFilePath, blockFiles, type BlockFiles } from '../lib/block-files.ts';
import { h, text } from '../lib/hast-build.ts';
import { INSTRUCTOR_BASE } from '../lib/site-env.ts';
import type { VerifiedBlocks } from '../lib/verified-blocks.ts';
import type { Edition } from '../../course/edition.ts';

export interface BlockFilesOptions {
  edition: Edition;
  blocks: () => VerifiedBlocks;
}

function filesLine(block: BlockFiles): Element {
  const links = block.files.flatMap(({ name }, i) => [
    ...(i ? [text(', ')] : []),
    h('a', { href: `${INSTRUCTOR_BASE}${blockFilePath(block.folder, name)}`, download: name.split('/').pop()! }, [h('code', {}, [text(name)])]),
  ]);
  return h('p', { className: ['code-frame__files'] }, [text('Run it live: '), ...links, text(', then '), h('code', {}, [text(block.command)]), text('.')]);
}

export function rehypeBlockFiles(options: BlockFilesOptions) {
  let byFrame: Map<string, BlockFiles> | undefined;
  return function transform(tree: Root): void {
    if (options.edition !== 'instructor') return;
    byFrame ??= blockFiles(options.blocks());
    visit(tree, 'element', (node) => {
      const classes = node.properties.className;
      if (node.tagName !== 'figure' || !Array.isArray(classes) || !classes.includes('code-frame--zig')) return;
      const block = byFrame!.get(String(node.properties.id));
      if (block) node.children.push(filesLine(block));
      return SKIP;
    });
  };
}
