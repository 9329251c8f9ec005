/** /instructor/files/<block>/<file>: a block's files, exactly as verified, for running a demo live. */
import type { APIRoute } from 'astro';
import { blockFiles } from '../../lib/block-files.ts';
import { getVerifiedBlocks } from '../../lib/site-data.ts';

export function getStaticPaths() {
  return [...blockFiles(getVerifiedBlocks()).values()].flatMap(({ folder, files }) =>
    files.map(({ name, text }) => ({ params: { block: folder, file: name }, props: { text } })),
  );
}

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
