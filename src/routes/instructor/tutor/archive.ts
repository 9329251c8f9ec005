/** `/tutor/zig-for-python-developers-tutor.tar.gz`: the whole reading list in one deterministic archive (src/lib/tutor/reading-list.ts). Instructor edition only. */
import type { APIRoute } from 'astro';
import { getTutorSet } from '../../../lib/tutor/reading-list.ts';

export const GET: APIRoute = async () => new Response((await getTutorSet()).archive, { headers: { 'content-type': 'application/gzip' } });
