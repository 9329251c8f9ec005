/** `npm run pdf`: (re)renders the print editions of the built site in dist/ to PDF. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPrintEditions } from './render-pdfs.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.resolve(process.argv[2] ?? path.join(projectRoot, 'dist'));
const written = await renderPrintEditions(path.join(dist, 'instructor'));
if (!written.length) {
  console.error(`pdf: nothing rendered: build the site first (npm run build), and make sure Chromium is installed`);
  process.exitCode = 1;
}
for (const file of written) console.log(`pdf: ${path.relative(process.cwd(), file)}`);
