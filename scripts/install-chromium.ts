/**
 * `npm install` hook: unpacks the Chromium that ships inside the
 * @sparticuz/chromium package into `.tools/` (git-ignored), for the PDFs and
 * the browser tests. Nothing is downloaded. A failure is a warning: the site
 * builds without a browser with `--no-pdf`, and the build says what is missing.
 */
import path from 'node:path';
import { unpackNpmChromium } from './lib/chromium.ts';

try {
  const binary = await unpackNpmChromium();
  if (binary) console.log(`chromium: ready at ${path.relative(process.cwd(), binary)}`);
  else console.warn(`chromium: no npm Chromium for ${process.platform}-${process.arch}; set CHROMIUM_PATH or install Chromium for PDFs and browser tests`);
} catch (error) {
  console.warn(`chromium: warning: could not unpack @sparticuz/chromium: ${error instanceof Error ? error.message : String(error)}`);
}
