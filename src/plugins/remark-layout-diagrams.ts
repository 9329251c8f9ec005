/**
 * ```memory-layout fences: an authored memory layout (boxes, cells, arrows)
 * described in YAML, drawn as inline SVG at build time by
 * src/lib/layout-diagram.ts. A description that does not fit the schema, or
 * an arrow that names no box, fails the build with a located error, and so
 * does a box whose `output` check names a block that is not verified or whose
 * recorded output does not show the box's cells. Runs before
 * remark-code-frames, which would otherwise frame it as code.
 */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { layoutProblems, layoutSchema, outputShows, renderLayoutDiagram, type LayoutSpec } from '../lib/layout-diagram.ts';
import type { VerifiedBlocks } from '../lib/verified-blocks.ts';
import { errorAt } from './located.ts';
import { replaceWithHast } from './replace-with-hast.ts';

export const LAYOUT_LANG = 'memory-layout';

/** What is wrong with the boxes' `output` checks (empty when every one holds), and the commands of the blocks they check against. */
export function outputProblems(spec: LayoutSpec, blocks: VerifiedBlocks): { problems: string[]; commands: string[] } {
  const problems: string[] = [];
  const commands: string[] = [];
  for (const box of spec.boxes) {
    if (!box.output) continue;
    const { block } = box.output;
    const found = blocks.entries().find((e) => e.unit.id === block);
    if (!found) {
      problems.push(`box "${box.id}" is checked against block "${block}", but no block has that name (the name="…" of a zig fence)`);
      continue;
    }
    if (!found.entry) {
      problems.push(`box "${box.id}" is checked against block "${block}", which has no verified result for its current code: run \`npm run verify\``);
      continue;
    }
    const shows = outputShows(box)!;
    if (!found.entry.output.includes(shows)) {
      const printed = found.entry.output.split('\n').slice(0, 6).join(' ⏎ ');
      problems.push(
        `box "${box.id}" shows "${shows}", which the verified output of [${block}] (${found.entry.command}) does not contain; it prints: ${printed}`,
      );
      continue;
    }
    commands.push(found.entry.command);
  }
  return { problems, commands };
}

export function remarkLayoutDiagrams(options: { courseRoot: string; blocks: () => VerifiedBlocks }) {
  return function transform(tree: Root, file: VFile): void {
    const found: { node: Code; index: number; parent: { children: unknown[] } }[] = [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang === LAYOUT_LANG && parent && index !== undefined) found.push({ node, index, parent });
    });
    let ordinal = 0;
    for (const { node, index, parent } of found) {
      ordinal++;
      const fail = (what: string): never => {
        throw errorAt(file, options.courseRoot, node, `memory-layout: ${what}`, {
          why: 'a memory-layout fence is drawn at build time from its YAML description',
          fix: 'see "Authored diagrams" in README.md for the fields',
        });
      };
      let data: unknown;
      try {
        data = parseYaml(node.value);
      } catch (error) {
        fail(`the description is not YAML: ${(error as Error).message.split('\n')[0]}`);
      }
      const parsed = layoutSchema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        fail(`${issue.path.join('.') || 'the description'}: ${issue.message}`);
      }
      const spec = parsed.data!;
      const problems = layoutProblems(spec);
      if (problems.length) fail(problems[0]!);
      const checked = outputProblems(spec, options.blocks());
      if (checked.problems.length) fail(checked.problems[0]!);
      const id = /(?:^|\s)name="([^"]+)"/.exec(node.meta ?? '')?.[1] ?? `${ordinal}`;
      replaceWithHast(parent, index, renderLayoutDiagram(spec, id, { commands: checked.commands }));
    }
  };
}
