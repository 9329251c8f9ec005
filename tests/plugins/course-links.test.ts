import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeCourseLinks } from '../../src/plugins/rehype-course-links.ts';

const links = '<a href="/module-1/1.1-first-program/exercise/">x</a><a href="/module-2/2.4-slices/#top">y</a><a href="/how-to-use/">z</a><a href="#here">w</a>';
const run = (edition: 'student' | 'instructor') => {
  const tree = fromHtml(links, { fragment: true }) as Root;
  rehypeCourseLinks({ edition })(tree);
  return toHtml(tree);
};

describe('rehype-course-links', () => {
  it('keeps lesson and exercise links in the instructor edition, and leaves student-only pages and anchors alone', () => {
    expect(run('instructor')).toBe(
      '<a href="/instructor/module-1/1.1-first-program/exercise/">x</a><a href="/instructor/module-2/2.4-slices/#top">y</a><a href="/how-to-use/">z</a><a href="#here">w</a>',
    );
  });

  it('changes nothing in the student edition', () => {
    expect(run('student')).toBe(links);
  });
});
