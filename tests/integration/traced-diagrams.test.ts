/**
 * Traced diagrams end to end, with the real Zig, Astro and Chromium: a
 * fixture course (tests/fixtures/traced) with a traced test that leaks, a
 * traced arena reset and a traced program over a fixed buffer. Its events
 * are recorded beside the output and never in it; a trace block with no
 * events fails, located; a changed block is caught by --check and redrawn;
 * every diagram on the built page has an accessible name and a text
 * alternative, and the page passes axe under the site's CSP, in both themes.
 * Screenshots go to test-results/diagrams/.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordFile } from '../../course/record/record-schema.ts';
import { TRACE_MARKER } from '../../course/trace/trace-events.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildFixtureSite, type BuiltSite } from '../helpers/fixture-site.ts';
import { copyFixture, projectRoot, runVerify, type VerifyRun } from '../helpers/run-verify.ts';

const lessonFile = 'content/lessons/1.1-traced-memory.mdx';
const lessonPage = '/module-1/1.1-traced-memory/';
const screenshots = path.join(projectRoot, 'test-results', 'diagrams');
// The policy of README's "Security of the site" (as tests/browser/security.test.ts sends it).
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

let course: string;
let cold: VerifyRun;
const record = (): RecordFile => JSON.parse(readFileSync(path.join(course, 'snippets/verified/lessons/1.1-traced-memory.json'), 'utf8')) as RecordFile;
const entry = (id: string) => record().entries.find((e) => e.id === id)!;

beforeAll(async () => {
  course = copyFixture('traced');
  cold = await runVerify(course);
});

describe('verifying traced blocks', () => {
  it('verifies all three and records their events beside the output, never in it', () => {
    expect(cold.exitCode, cold.stdout + cold.stderr).toBe(0);
    expect(cold.stdout).toContain('verify: 3 passed, 0 failed, 0 blocks skipped, 0 tests skipped (0 cached)');
    for (const id of ['traced-leak', 'traced-arena', 'traced-program']) {
      const e = entry(id);
      expect(e.trace?.events.length, id).toBeGreaterThan(0);
      expect(e.output).not.toContain(TRACE_MARKER);
      expect(e.output).not.toContain('zv-trace');
      // The support file is placed beside the block's source, so the folder runs by hand as it ran here.
      expect(existsSync(path.join(course, path.dirname(e.source), 'trace.zig')), id).toBe(true);
    }
  });

  it('records the leak the test allocator reported, with the lines that made each allocation', () => {
    const leak = entry('traced-leak');
    expect(leak.outcome).toBe('leaked');
    const allocs = leak.trace!.events.filter((e) => e.op === 'alloc');
    const freed = new Set(leak.trace!.events.filter((e) => e.op === 'free').map((e) => e.id));
    expect(allocs.filter((a) => !freed.has(a.id)).map((a) => a.size)).toEqual([16]);
    // Lines of the compiled file: `alloc(u8, 16)` is line 11 of the fence body, `alloc(u32, 4)` line 13.
    expect(allocs.map((a) => a.line)).toEqual([11, 13]);
  });

  it('records an arena reset as one event, and a fixed buffer with its fill level', () => {
    expect(entry('traced-arena').trace!.events.filter((e) => e.op === 'reset')).toHaveLength(2);
    const program = entry('traced-program');
    expect(program.output).toBe('24 + 24 bytes\nthird: OutOfMemory');
    expect(program.trace!.allocators).toEqual([{ name: 'buffer', kind: 'fixed', capacity: 64 }]);
    expect(program.trace!.events.map((e) => e.used)).toEqual([24, 48, 48, 0]);
  });

  it('fails a trace block whose run recorded no events, with a located error, and records nothing for it', async () => {
    const failing = copyFixture('traced-failing');
    const run = await runVerify(failing);
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      'content/lessons/1.1-no-events.mdx:10:1: error: [trace-without-events] the block is marked trace, but its run recorded no allocation events',
    );
    expect(run.byId.get('trace-without-events')?.status).toBe('failed');
    const file = path.join(failing, 'snippets/verified/lessons/1.1-no-events.json');
    if (existsSync(file)) expect((JSON.parse(readFileSync(file, 'utf8')) as RecordFile).entries).toEqual([]);
  });
});

describe('the built page', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    site = await buildFixtureSite('traced', ['--no-pdf'], course);
    html = readFileSync(path.join(site.dist, 'module-1/1.1-traced-memory/index.html'), 'utf8');
    server = await serveStatic(site.dist, { headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
    browser = await launchChromium();
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws every traced block at build time, as static SVG with no inline style', () => {
    // Each diagram in two layouts (wide, and compact for phones); CSS shows one.
    expect(html.match(/<svg[^>]*data-diagram="trace"/g)).toHaveLength(6);
    expect(html.match(/<figure class="trace-diagram"/g)).toHaveLength(3);
    expect(html).toContain('A test that forgets one free');
    expect(html).toContain('>LEAKED</text>');
    expect(html).toContain('Drawn from the verified run of <code>zig test leak.zig</code> with Zig 0.17.1');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toContain(TRACE_MARKER);
  });

  it('gives each diagram an accessible name and a text alternative, and passes axe in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        await page.goto(server.url + lessonPage);
        const diagrams = await page.locator('svg[data-diagram="trace"]').evaluateAll((svgs) =>
          svgs
            .filter((svg) => getComputedStyle(svg).display !== 'none')
            .map((svg) => ({
              layout: svg.classList.contains('trace-diagram__svg--compact') ? 'compact' : 'wide',
              role: svg.getAttribute('role'),
              name: (svg.getAttribute('aria-labelledby') ?? '')
                .split(' ')
                .map((id) => document.getElementById(id)?.textContent ?? '')
                .join(' ')
                .trim(),
              table: svg.closest('figure')?.querySelector('table')?.rows.length ?? 0,
              caption: svg.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
            })),
        );
        // One visible layout per diagram: the compact one on a phone.
        expect(diagrams.map((d) => d.layout)).toEqual(Array(3).fill(width < 640 ? 'compact' : 'wide'));
        for (const diagram of diagrams) {
          expect(diagram.role).toBe('img');
          expect(diagram.name.length).toBeGreaterThan(20);
          expect(diagram.table).toBeGreaterThan(1);
          expect(diagram.caption).toContain('with Zig 0.17.1');
        }
        // The authored layout on the same page: an image with a name, and its list; drawn twice, one shown.
        const layouts = await page.locator('svg[data-diagram="layout"]').evaluateAll((svgs) =>
          svgs
            .filter((svg) => getComputedStyle(svg).display !== 'none')
            .map((svg) => {
              const box = (svg as SVGSVGElement).viewBox.baseVal;
              const drawn = svg.getBoundingClientRect();
              // Every text's real extent (the font's own widths), in viewBox units.
              const outside = [...svg.querySelectorAll('text')].filter((t) => {
                const b = (t as SVGTextElement).getBBox();
                return b.x < 0 || b.x + b.width > box.width;
              });
              return {
                compact: svg.classList.contains('layout-diagram__svg--compact'),
                viewBoxWidth: box.width,
                drawnWidth: drawn.width,
                outside: outside.map((t) => t.textContent),
                role: svg.getAttribute('role'),
                name: (svg.getAttribute('aria-labelledby') ?? '')
                  .split(' ')
                  .map((id) => document.getElementById(id)?.textContent ?? '')
                  .join(' ')
                  .trim(),
                items: svg.closest('figure')?.querySelectorAll('li').length ?? 0,
              };
            }),
        );
        expect(layouts).toHaveLength(1);
        const layout = layouts[0]!;
        expect(layout.compact).toBe(width < 640);
        expect(layout.outside).toEqual([]);
        // On a phone the compact drawing is not scaled down: its viewBox is no wider than the column it is drawn in, and the page does not scroll sideways.
        if (width < 640) {
          expect(layout.viewBoxWidth).toBeLessThanOrEqual(layout.drawnWidth);
          expect(layout.drawnWidth).toBeLessThanOrEqual(343);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
        }
        expect(layout.role).toBe('img');
        expect(layout.name).toContain('A slice pointing into a heap array');
        expect(layout.items).toBe(3);
        const closed = await new AxeBuilder({ page }).analyze();
        expect(closed.violations.map((v) => `${colorScheme} @${width}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const opened = await new AxeBuilder({ page }).analyze();
        expect(opened.violations.map((v) => `${colorScheme} @${width} (tables open): ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
        const figures = page.locator('figure.trace-diagram');
        for (let i = 0; i < (await figures.count()); i++)
          await figures.nth(i).screenshot({ path: path.join(screenshots, `fixture-${i + 1}-${width}-${colorScheme}.png`) });
        expect(errors).toEqual([]);
        await context.close();
      }
    }
  });

  it('prints the text alternative', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + lessonPage);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('table.trace-table').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('changing a traced block', () => {
  it('is caught by --check, and re-verifying changes its picture', async () => {
    const file = path.join(course, lessonFile);
    const before = entry('traced-leak').trace!;
    writeFileSync(file, readFileSync(file, 'utf8').replace('_ = try allocator.alloc(u32, 4);', '_ = try allocator.alloc(u32, 8);'));
    const check = await runVerify(course, ['--check']);
    expect(check.exitCode).toBe(1);
    expect(check.stdout + check.stderr).toContain('traced-leak');
    const rerun = await runVerify(course);
    expect(rerun.exitCode).toBe(0);
    const after = entry('traced-leak').trace!;
    expect(after).not.toEqual(before);
    expect(after.events.find((e) => e.op === 'alloc' && e.id === 2)?.size).toBe(32);
  });
});
