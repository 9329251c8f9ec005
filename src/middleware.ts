/**
 * Finishes print editions as they are generated (see lib/print-document.ts):
 * unique ids across chapters and links turned into readable references.
 * Every other page passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { finishPrintDocument } from './lib/print-document.ts';
import { printTargets } from './lib/print-edition.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  if (!context.url.pathname.startsWith(`${base}print/`) || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = finishPrintDocument(await response.text(), { targets: await printTargets(), site: (context.site?.origin ?? '').replace(/\/$/, '') });
  return new Response(html, { status: response.status, headers: response.headers });
});
