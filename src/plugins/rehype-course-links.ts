/**
 * Content links a course page by its site path (`/module-1/1.1-first-program/exercise/`).
 * The instructor edition has its own copy of every lesson and exercise page
 * under its base, so there such links point into the edition the reader is
 * in; links to pages only the student site has (`/how-to-use/`) stay as they are.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { INSTRUCTOR_BASE } from '../lib/site-env.ts';
import type { Edition } from '../../course/edition.ts';

export interface CourseLinksOptions {
  edition: Edition;
}

/** Site paths that both editions have, with the same meaning. */
const inBothEditions = /^\/module-\d+\/[^/]+\/(exercise\/)?(#.*)?$/;

export function rehypeCourseLinks(options: CourseLinksOptions) {
  return function transform(tree: Root): void {
    if (options.edition !== 'instructor') return;
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && inBothEditions.test(href)) node.properties.href = `${INSTRUCTOR_BASE}${href}`;
    });
  };
}
