/**
 * The site's Markdown pipeline, in order, and why each plugin sits where it does.
 *
 * remark (mdast):
 *  1. remark-directive        parses :::directives (syntax only; the plugins below handle them).
 *  2. remark-instructor-notes drops :::instructor in the student edition first, so nothing
 *                             inside (code included) is rendered, indexed or shipped.
 *  3. remark-hint-ladder      checks and nests ::::hints before code is turned into HTML,
 *                             so code inside hints is framed like any other.
 *  4. remark-asides           :::note / :::tip / :::caution.
 *     remark-exercise-files   ::exercise-files, where an exercise page shows its files.
 *  5. remark-unknown-directives  after every handler: text directives back to text, any
 *                             other leftover directive is an error.
 *  6. remark-zig-blocks       verified Zig frames (looks results up, never runs Zig).
 *     remark-layout-diagrams  ```memory-layout fences: authored memory diagrams, drawn as SVG
 *                             (before code frames, which would frame them as code).
 *  7. remark-code-frames      every other fence.
 * rehype (hast):
 *  8. rehype-heading-anchors  ids and self-links for headings (Astro then collects them).
 *  9. rehype-tables           tables scroll inside their own region, never the page.
 * 10. rehype-course-links     content links to lesson and exercise pages stay in the reader's
 *                             edition (after the anchors, so it sees every link).
 * 11. rehype-block-files      instructor edition: each verified frame links the files it was
 *                             verified from, to run live.
 * 12. rehype-block-links      instructor edition: inline code naming a block links to its frame
 *                             (last: its links are final and must not be rewritten).
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import type { VerifiedBlocks } from '../lib/verified-blocks.ts';
import { asideKinds, remarkAsides } from './remark-asides.ts';
import { remarkCodeFrames } from './remark-code-frames.ts';
import { remarkExerciseFiles } from './remark-exercise-files.ts';
import { remarkHintLadder } from './remark-hint-ladder.ts';
import { remarkInstructorNotes } from './remark-instructor-notes.ts';
import { remarkLayoutDiagrams } from './remark-layout-diagrams.ts';
import { remarkUnknownDirectives } from './remark-unknown-directives.ts';
import { remarkZigBlocks, type DevBlockStatus } from './remark-zig-blocks.ts';
import { rehypeBlockFiles } from './rehype-block-files.ts';
import { rehypeBlockLinks } from './rehype-block-links.ts';
import { rehypeCourseLinks } from './rehype-course-links.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeTables } from './rehype-tables.ts';

export type Edition = 'student' | 'instructor';

export interface PipelineOptions {
  edition: Edition;
  courseRoot: string;
  blocks: () => VerifiedBlocks;
  /** Dev server only: show unverified blocks with a banner instead of failing the page. */
  dev?: DevBlockStatus;
}

/** remark and rehype plugins for `unified({ remarkPlugins, rehypePlugins })`. */
export function sitePipeline(options: PipelineOptions): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  const { edition, courseRoot, blocks, dev } = options;
  return {
    remarkPlugins: [
      remarkDirective,
      [remarkInstructorNotes, { edition }],
      [remarkHintLadder, { courseRoot, open: edition === 'instructor' }],
      remarkAsides,
      [remarkExerciseFiles, { courseRoot }],
      [remarkUnknownDirectives, { courseRoot, known: ['instructor', 'hints', 'hint', 'exercise-files', ...Object.keys(asideKinds)] }],
      [remarkZigBlocks, { blocks, courseRoot, ...(dev ? { dev } : {}) }],
      [remarkLayoutDiagrams, { courseRoot }],
      remarkCodeFrames,
    ],
    rehypePlugins: [
      rehypeHeadingAnchors,
      rehypeTables,
      [rehypeCourseLinks, { edition }],
      [rehypeBlockFiles, { edition, blocks }],
      [rehypeBlockLinks, { edition, blocks }],
    ],
  };
}
