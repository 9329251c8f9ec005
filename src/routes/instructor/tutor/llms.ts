/** `/tutor/llms.txt`: the index of the AI tutor's reading list, in teaching order (src/lib/tutor/reading-list.ts). Instructor edition only. */
import type { APIRoute } from 'astro';
import { getTutorSet } from '../../../lib/tutor/reading-list.ts';

export const GET: APIRoute = async () => new Response((await getTutorSet()).llms, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
