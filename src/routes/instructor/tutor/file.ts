/**
 * `/tutor/<file>.md`: one Markdown file of the AI tutor's reading list
 * (src/lib/tutor/reading-list.ts). Instructor edition only.
 */
import type { APIRoute } from 'astro';
import { getTutorSet, type TutorFile } from '../../../lib/tutor/reading-list.ts';

export async function getStaticPaths() {
  return (await getTutorSet()).files.map((file) => ({ params: { file: file.path }, props: { file } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { file: TutorFile }).file.content, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
