/**
 * Renders every print edition of a built instructor site to PDF with headless
 * Chromium (scripts/lib/chromium.ts finds it; playwright-core drives it). Two passes: the first finds the page of
 * each contents entry, which is written into the contents (on the page and in
 * the HTML file, so the HTML edition carries the numbers too); the second
 * prints the final document, whose outline is then set to the contents.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic, type StaticServer } from '../lib/static-server.ts';
import { destinationPages, finishPdf, type OutlineEntry } from './pdf-document.ts';

const pdfOptions = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: false } as const;

async function contents(page: Page): Promise<OutlineEntry[]> {
  return page.$$eval('[data-toc-entry]', (links) =>
    links.map((link) => ({
      id: (link.getAttribute('href') ?? '').slice(1),
      title: link.querySelector('.print-toc__title')?.textContent?.trim() ?? '',
      level: link.getAttribute('data-level') === '2' ? (2 as const) : (1 as const),
    })),
  );
}

/** The HTML with each contents entry's page number filled in (replacing any earlier number). */
export function withPageNumbers(html: string, pages: Map<string, number>): string {
  return html.replace(
    /(<span class="print-toc__page" data-page-of="([^"]+)">)[^<]*(<\/span>)/g,
    (_all, open: string, id: string, close: string) => `${open}${pages.get(id) ?? ''}${close}`,
  );
}

/** Renders dist/instructor/print/module-N/ to dist/instructor/print/module-N.pdf; returns the PDFs written. */
export async function renderPrintEditions(instructorDir: string): Promise<string[]> {
  const printDir = path.join(instructorDir, 'print');
  const editions = existsSync(printDir)
    ? readdirSync(printDir)
        .filter((name) => /^module-\d+$/.test(name))
        .sort()
    : [];
  if (!editions.length) return [];
  // Everything opened here is closed on every path out, so a failure exits instead of hanging.
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const written: string[] = [];
  try {
    browser = await launchChromium();
    server = await serveStatic(instructorDir, { prefix: '/instructor' });
    for (const edition of editions) {
      const htmlFile = path.join(printDir, edition, 'index.html');
      const page = await browser.newPage();
      const load = async () => {
        await page.goto(`${server!.url}/instructor/print/${edition}/`, { waitUntil: 'networkidle', timeout: 60_000 });
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => document.fonts.ready);
      };
      await load();
      const entries = await contents(page);
      // Print, read where each entry landed, write the numbers into the HTML, and print the
      // reloaded document; numbers can in principle move the layout, so repeat until stable.
      let pages = new Map<string, number>();
      let pdf = await page.pdf(pdfOptions);
      for (let pass = 0; pass < 4; pass++) {
        const landed = await destinationPages(pdf);
        if (pass > 0 && entries.every((entry) => landed.get(entry.id) === pages.get(entry.id))) break;
        pages = landed;
        writeFileSync(htmlFile, withPageNumbers(readFileSync(htmlFile, 'utf8'), pages));
        await load();
        pdf = await page.pdf(pdfOptions);
      }
      const html = readFileSync(htmlFile, 'utf8');

      const title = await page.title();
      const date = /the course as of (\d{4}-\d{2}-\d{2})/.exec(html)?.[1];
      const finished = await finishPdf(pdf, {
        outline: entries,
        title,
        subject: 'Instructor print edition: lessons, guides, exercises, hints and solutions',
        date,
      });
      const target = path.join(printDir, `${edition}.pdf`);
      writeFileSync(target, finished);
      written.push(target);
      await page.close();
    }
  } finally {
    await browser?.close();
    await server?.close();
  }
  return written;
}
