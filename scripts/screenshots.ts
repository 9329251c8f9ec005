/**
 * `npm run screenshots`: pictures of the built site to look at (and keep as CI
 * artifacts), and the layout checks a picture makes obvious but a test would
 * not look for. It serves the built `dist/` (both editions) and saves PNGs to
 * `test-results/screenshots-course/`:
 *
 *   pages      lesson 3.7, exercise 3.7 with hint 1 open, the instructor 3.7
 *              page, the status page and search results, at 375 and 1280 px,
 *              light and dark;
 *   diagrams   every `[data-diagram]` figure of the Module 3 lessons, as
 *              element screenshots, same widths and themes;
 *   pdf        the module 3 print edition: cover, contents, a code page, a
 *              guide table page and every page that carries a diagram.
 *
 * It exits 1 when a page is wider than the viewport at either width, or when
 * a print edition has a page that carries only a heading or two lines.
 */
import type { Element as HastElement } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { SKIP, visit } from 'unist-util-visit';
import { pageContentLines, readPdf } from './lib/pdf.ts';
import { launchChromium } from './lib/chromium.ts';
import { parseCommandLine } from './lib/command-line.ts';
import { serveStatic } from './lib/static-server.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run screenshots -- [--dist DIR] [--out DIR] [--no-pdf]';

const WIDTHS = [375, 1280] as const;
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

interface Shot {
  name: string;
  path: string;
  /** Widths beyond the usual two (the search dialog must fit the smallest phone). */
  widths?: readonly number[];
  /** Brings the page into the state to photograph (open a hint, type a query). */
  prepare?: (page: Page) => Promise<void>;
}

const LESSON = '/module-3/3.7-memory-patterns-for-ml/';
const SHOTS: Shot[] = [
  { name: 'lesson-3.7', path: LESSON },
  {
    name: 'exercise-3.7-hint-1',
    path: `${LESSON}exercise/`,
    prepare: async (page) => {
      const hint = page.locator('details.hint[data-tier="1"]').first();
      await hint.locator('> summary').click();
      await hint.scrollIntoViewIfNeeded();
    },
  },
  { name: 'instructor-3.7', path: `/instructor${LESSON}` },
  { name: 'instructor-status', path: '/instructor/status/' },
  {
    name: 'instructor-status-compile-errors',
    path: '/instructor/status/',
    prepare: async (page) => {
      await page.locator('.status-filter label', { hasText: 'Does not compile' }).click();
    },
  },
  {
    name: 'search-arena',
    path: LESSON,
    widths: [320, ...WIDTHS],
    prepare: async (page) => {
      await page.locator('[data-search-open]').click();
      await page.locator('[data-search-root] input').fill('arena reset');
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
      // Excerpts load after the titles: wait until every shown result has its text.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.pagefind-ui__result')].every((r) => r.querySelector('.pagefind-ui__result-excerpt')?.textContent?.trim()),
      );
    },
  },
];

/** Pages taller than this are cut (a full lesson at 375 px is tens of thousands of pixels). */
const MAX_HEIGHT = 6000;

function args() {
  try {
    const { values, positionals } = parseCommandLine(
      process.argv.slice(2),
      { dist: { type: 'string' }, out: { type: 'string' }, 'no-pdf': { type: 'boolean' } },
      Error,
    );
    if (positionals.length) throw new Error(`unexpected argument ${positionals[0]}`);
    return {
      dist: path.resolve(values.dist ?? path.join(projectRoot, 'dist')),
      out: path.resolve(values.out ?? path.join(projectRoot, 'test-results', 'screenshots-course')),
      pdf: !values['no-pdf'],
    };
  } catch (error) {
    console.error(`screenshots: error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

/** A page wider than its viewport scrolls sideways: the one layout failure every width must avoid. */
async function overflow(page: Page): Promise<string | undefined> {
  const { scrollWidth, innerWidth, culprit } = await page.evaluate(() => {
    const width = window.innerWidth;
    // The widest element that sticks out, named so the message says where to look.
    let worst: Element | undefined;
    let right = width;
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width && box.right > right + 0.5 && !element.closest('[hidden], dialog:not([open])')) {
        right = box.right;
        worst = element;
      }
    }
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprit: worst ? describe(worst) : undefined };
  });
  return scrollWidth > innerWidth ? `${scrollWidth} px wide in a ${innerWidth} px viewport${culprit ? ` (widest: ${culprit})` : ''}` : undefined;
}

async function openPage(browser: Browser, url: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: width < 800 ? 812 : 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return page;
}

/** Switches the theme as the toggle does (data-theme on <html>), with the system scheme to match. */
async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
  }, theme);
}

async function pageShots(browser: Browser, base: string, out: string, failures: string[]): Promise<number> {
  let saved = 0;
  for (const shot of SHOTS) {
    for (const width of shot.widths ?? WIDTHS) {
      const page = await openPage(browser, `${base}${shot.path}`, width);
      await shot.prepare?.(page);
      // Themes change colours, not widths: one check per width.
      const wide = await overflow(page);
      if (wide) failures.push(`${shot.path} at ${width} px: ${wide}`);
      for (const theme of THEMES) {
        await setTheme(page, theme);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = path.join(out, 'pages', `${shot.name}-${width}-${theme}.png`);
        // A prepared state (an open hint, the search dialog) is shown where it is; other pages whole, up to MAX_HEIGHT.
        if (shot.prepare) await page.screenshot({ path: file });
        else
          await page.screenshot({
            path: file,
            fullPage: height <= MAX_HEIGHT,
            clip: height > MAX_HEIGHT ? { x: 0, y: 0, width, height: MAX_HEIGHT } : undefined,
          });
        saved++;
      }
      await page.close();
    }
  }
  return saved;
}

async function diagramShots(browser: Browser, base: string, dist: string, out: string, failures: string[]): Promise<number> {
  const lessons = readdirSync(path.join(dist, 'module-3'))
    .filter((name) => existsSync(path.join(dist, 'module-3', name, 'index.html')))
    .sort();
  let saved = 0;
  for (const lesson of lessons) {
    for (const width of WIDTHS) {
      const page = await openPage(browser, `${base}/module-3/${lesson}/`, width);
      const wide = await overflow(page);
      if (wide) failures.push(`/module-3/${lesson}/ at ${width} px: ${wide}`);
      for (const theme of THEMES) {
        await setTheme(page, theme);
        // Wide and compact drawings of one diagram share a figure; only the one shown at this width counts.
        const figures = page.locator('figure:has([data-diagram])');
        const count = await figures.count();
        for (let i = 0; i < count; i++) {
          const figure = figures.nth(i);
          if (!(await figure.isVisible())) continue;
          await figure.screenshot({ path: path.join(out, 'diagrams', `${lesson.split('-')[0]}-${i + 1}-${width}-${theme}.png`) });
          saved++;
        }
      }
      await page.close();
    }
  }
  return saved;
}

/** The caption title of each diagram (`[data-diagram]`) of a print edition: the words that find its page. */
function diagramCaptions(html: string): string[] {
  const tree = fromHtml(html);
  const captions: string[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'figure') return;
    let drawn = false;
    let caption: HastElement | undefined;
    visit(node, 'element', (child) => {
      if (child.properties.dataDiagram !== undefined) drawn = true;
      if (child.tagName === 'figcaption') caption ??= child;
    });
    if (!drawn || !caption) return;
    const title = caption.children.find((child): child is HastElement => child.type === 'element');
    captions.push(toString(title ?? caption));
    return SKIP;
  });
  return captions;
}

/** The headings (h1–h4) of a print edition, to find a page that ends with one. */
function headingTexts(html: string): Set<string> {
  const found = new Set<string>();
  visit(fromHtml(html), 'element', (node) => {
    if (/^h[1-4]$/.test(node.tagName)) found.add(toString(node).replace(/\s+/g, ' ').trim());
  });
  return found;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function pdfShots(dist: string, out: string, failures: string[]): Promise<number> {
  const printDir = path.join(dist, 'instructor', 'print');
  const pdfs = existsSync(printDir)
    ? readdirSync(printDir)
        .filter((name) => /^module-\d+\.pdf$/.test(name))
        .sort()
    : [];
  if (!pdfs.length) {
    failures.push(`${printDir}: no print editions (build with PDFs, or pass --no-pdf)`);
    return 0;
  }
  // Every edition: no page with only a heading or two lines on it, and none that ends with a heading.
  for (const name of pdfs) {
    const headings = headingTexts(readFileSync(path.join(printDir, name.replace(/\.pdf$/, ''), 'index.html'), 'utf8'));
    const edition = readPdf(path.join(printDir, name));
    edition.pageTexts.forEach((text, i) => {
      const lines = pageContentLines(text);
      if (lines.length <= 2) {
        failures.push(`${name} page ${i + 1}: carries only ${lines.length} line(s): ${JSON.stringify(lines)}`);
        return;
      }
      // The lowest line of the page, by position: a heading there is cut off from its text.
      const last = pageContentLines(
        edition
          .lines(i)
          .map((line) => line.text)
          .join('\n'),
      ).at(-1)!;
      if (headings.has(last)) failures.push(`${name} page ${i + 1}: ends with the heading "${last}", apart from its text`);
    });
  }
  const module3 = path.join(printDir, 'module-3.pdf');
  if (!existsSync(module3)) return 0;
  const pdf = readPdf(module3);
  const captions = diagramCaptions(readFileSync(path.join(printDir, 'module-3', 'index.html'), 'utf8'));
  const texts = pdf.pageTexts.map(squash);
  const wanted = new Map<number, string>([
    [0, 'cover'],
    [1, 'contents'],
  ]);
  const codePage = texts.findIndex((text, i) => i > 1 && text.includes('Verified with Zig') && /pub fn \w+\(/.test(text));
  const tablePage = texts.findIndex((text) => text.includes('Misconception Correction'));
  if (codePage < 0) failures.push('module-3.pdf: no page with a verified code block');
  else wanted.set(codePage, 'code');
  if (tablePage < 0) failures.push('module-3.pdf: no page with a guide table (Misconception · Correction)');
  else wanted.set(tablePage, 'guide-table');
  for (const caption of captions) {
    const needle = squash(caption).slice(0, 40);
    const found = texts.findIndex((text) => text.includes(needle));
    if (found < 0) failures.push(`module-3.pdf: no page carries the diagram "${needle}"`);
    else if (!wanted.has(found)) wanted.set(found, 'diagram');
  }
  for (const [index, what] of [...wanted].sort((a, b) => a[0] - b[0])) {
    writeFileSync(path.join(out, 'pdf', `module-3-p${String(index + 1).padStart(3, '0')}-${what}.png`), pdf.png(index, 110));
  }
  return wanted.size;
}

async function main(): Promise<void> {
  const { dist, out, pdf } = args();
  if (!existsSync(path.join(dist, 'index.html')) || !existsSync(path.join(dist, 'instructor', 'index.html'))) {
    console.error(`screenshots: error: ${dist} holds no built site (both editions)\n  fix: npm run build`);
    process.exit(2);
  }
  rmSync(out, { recursive: true, force: true });
  for (const folder of ['pages', 'diagrams', 'pdf']) mkdirSync(path.join(out, folder), { recursive: true });
  const started = performance.now();
  const failures: string[] = [];
  const server = await serveStatic(dist);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const start = performance.now();
      const result = await work();
      console.log(`screenshots: ${name} (${((performance.now() - start) / 1000).toFixed(1)}s)`);
      return result;
    };
    const pages = await timed('pages', () => pageShots(browser!, server.url, out, failures));
    const diagrams = await timed('diagrams', () => diagramShots(browser!, server.url, dist, out, failures));
    const pdfPages = pdf ? await timed('pdf', () => pdfShots(dist, out, failures)) : 0;
    console.log(
      `screenshots: ${pages} pages, ${diagrams} diagrams, ${pdfPages} PDF pages in ${path.relative(process.cwd(), out) || out} (${((performance.now() - started) / 1000).toFixed(1)}s)`,
    );
  } finally {
    await browser?.close();
    await server.close();
  }
  if (failures.length) {
    for (const failure of failures) console.error(`screenshots: error: ${failure}`);
    process.exit(1);
  }
}

await main();
