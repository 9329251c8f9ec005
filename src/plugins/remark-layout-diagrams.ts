/**
 * ```memory-layout fences: an authored memory layout (boxes, cells, arrows)
 * described in YAML, drawn as inline SVG at build time by
 * src/lib/layout-diagram.ts. A description that does not fit the schema, or
 * an arrow that names no box, fails the build with a located error. Runs
 * before remark-code-frames, which would otherwise frame it as code.
 */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { layoutProblems, layoutSchema, renderLayoutDiagram } from '../lib/layout-diagram.ts';
import { errorAt } from './located.ts';
import { replaceWithHast } from './replace-with-hast.ts';

export const LAYOUT_LANG = 'memory-layout';

export function remarkLayoutDiagrams(options: { courseRoot: string }) {
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
      const id = /(?:^|\s)name="([^"]+)"/.exec(node.meta ?? '')?.[1] ?? `${ordinal}`;
      replaceWithHast(parent, index, renderLayoutDiagram(spec, id));
    }
  };
}
