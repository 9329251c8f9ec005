/**
 * The running headers of a print edition: each chapter is a named page whose
 * top margin names the chapter (CSS page margin boxes), served as a stylesheet
 * so the document needs no inline styles.
 */
import type { APIRoute } from 'astro';
import { cssString, printEditionPaths, printEditions } from '../../lib/print-edition.ts';

export async function getStaticPaths() {
  return printEditionPaths();
}

export const GET: APIRoute = ({ props }) => {
  const { module, chapters } = props as Awaited<ReturnType<typeof printEditions>>[number];
  const course = `Zig for Python Developers · Module ${module.module.data.number}: ${module.module.data.title}`;
  const rules = [
    `/* Running headers for the print edition of module ${module.module.data.number}. */`,
    `@page { @top-left { content: ${cssString(course)}; } }`,
    ...chapters.flatMap((chapter) => [
      `.chapter[data-chapter="${chapter.number}"] { page: chapter-${chapter.number}; }`,
      `@page chapter-${chapter.number} { @top-left { content: ${cssString(`Chapter ${chapter.number} · ${chapter.title}`)}; } @top-right { content: ${cssString(course)}; } }`,
    ]),
    '',
  ];
  return new Response(rules.join('\n'), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
