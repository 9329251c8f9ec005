/**
 * The built fixture site in a real Chromium: the hint ladder, theme, progress,
 * search, copy, console errors, accessibility, and screenshots at phone and
 * desktop widths (saved under test-results/screenshots/).
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { htmlPages, type BuiltSite } from '../helpers/fixture-site.ts';
import { projectRoot } from '../helpers/run-verify.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const lesson = '/module-1/1.1-fixture-basics/';
const exercise = `${lesson}exercise/`;
const screenshots = path.join(projectRoot, 'test-results', 'screenshots');

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = inject('fixtureSite');
  server = await serveStatic(site.dist);
  browser = await launchChromium();
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(pathname: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url + pathname);
  return { page, errors };
}

describe('the hint ladder', () => {
  it('keeps tier 2 out of reach until tier 1 is open', async () => {
    const { page } = await open(exercise);
    const summary = (n: number) => page.locator(`details.hint[data-tier="${n}"] > summary`);
    await expect(summary(1).textContent()).resolves.toBe('Hint 1 of 4');
    expect(await summary(1).isVisible()).toBe(true);
    expect(await summary(2).isVisible()).toBe(false);
    // Keyboard users cannot tab to it either: tab through the whole page and never land on tier 2.
    const focused = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      focused.add(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(focused.has('Hint 1 of 4')).toBe(true);
    expect(focused.has('Hint 2 of 4')).toBe(false);
    await summary(1).focus();
    await page.keyboard.press('Enter');
    expect(await summary(2).isVisible()).toBe(true);
    expect(await summary(3).isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('theme and progress', () => {
  it('follows the system, and a toggled theme survives reloads', async () => {
    const { page } = await open(lesson, { colorScheme: 'dark' });
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('false');
    await page.context().close();
  });

  it('remembers ticked objectives and marks the lesson done in the sidebar', async () => {
    const { page } = await open(lesson);
    const boxes = page.locator('input[data-objective]');
    expect(await boxes.count()).toBe(2);
    const done = page.locator('[data-lesson="1.1-fixture-basics"] [data-done-marker]');
    expect(await done.isVisible()).toBe(false);
    await boxes.nth(0).check();
    await page.reload();
    expect(await page.locator('input[data-objective]').nth(0).isChecked()).toBe(true);
    expect(await done.isVisible()).toBe(false);
    await page.locator('input[data-objective]').nth(1).check();
    expect(await done.isVisible()).toBe(true);
    await page.goto(server.url + '/');
    await expect(page.locator('[data-continue-link]').textContent()).resolves.toContain('Continue where you left off: 1.1 Fixture basics');
    expect(await page.locator('[data-lesson="1.1-fixture-basics"] [data-done-marker]').count()).toBe(0);
    await page.context().close();
  });

  it('copies exactly the code shown', async () => {
    const { page } = await open(lesson);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const frame = page.locator('figure.code-frame--zig', { hasText: 'hidden.zig' });
    await frame.locator('[data-copy]').click();
    // The label changes once the clipboard write has resolved: wait for it (a loaded machine takes a while).
    await expect.poll(() => frame.locator('[data-copy]').textContent(), { timeout: 10_000 }).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await frame.locator('pre.code code').textContent());
    expect(copied).not.toContain('hide-start');
    expect(copied.startsWith('test "hidden import"')).toBe(true);
    await page.context().close();
  });
});

describe('search', () => {
  async function search(page: Page, term: string): Promise<string[]> {
    await page.locator('[data-search-open]').click();
    const input = page.locator('.pagefind-ui__search-input');
    await input.fill(term);
    await page.waitForFunction((t) => document.querySelector('.pagefind-ui__message')?.textContent?.includes(t), term);
    const message = (await page.locator('.pagefind-ui__message').textContent()) ?? '';
    if (!message.startsWith('No results')) await page.locator('.pagefind-ui__result-link').first().waitFor();
    return page.locator('.pagefind-ui__result-link').allTextContents();
  }

  it('finds a word from the content, not a word that appears only in a hint', async () => {
    const { page, errors } = await open(lesson);
    expect(await search(page, 'quokkafixture')).toContain('Fixture Course');
    await page.locator('[data-search-close]').click();
    expect(await search(page, 'zanzibarhint')).toEqual([]);
    expect(await page.locator('.pagefind-ui__message').textContent()).toContain('No results');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('every page', () => {
  it('loads without console errors, has 0 axe violations with hints closed and open, and is photographed', async () => {
    const pages = htmlPages(site.dist);
    expect(pages.length).toBeGreaterThan(10);
    for (const pathname of pages) {
      for (const width of [375, 1280]) {
        const { page, errors } = await open(pathname, { width });
        const closed = await new AxeBuilder({ page }).analyze();
        expect(closed.violations.map((v) => `${pathname} @${width}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const opened = await new AxeBuilder({ page }).analyze();
        expect(opened.violations.map((v) => `${pathname} @${width} (hints open): ${v.id}`)).toEqual([]);
        const name = (pathname.replace(/\/$/, '').replace(/^\//, '').replace(/[/.]/g, '_') || 'home') + `-${width}.png`;
        await page.screenshot({ path: path.join(screenshots, name), fullPage: true });
        expect(errors, pathname).toEqual([]);
        await page.context().close();
      }
    }
  });

  it('passes axe in the dark theme too', async () => {
    for (const pathname of [lesson, exercise, '/instructor/module-1/1.1-fixture-basics/']) {
      const { page } = await open(pathname, { colorScheme: 'dark' });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${pathname} (dark): ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    }
  });
});

describe('nothing overflows (WCAG 1.4.10)', () => {
  it('fits every page of both editions in the viewport at 320, 375, 768 and 1280 px, copy buttons inside their frames, a one-line header', async () => {
    const pages = htmlPages(site.dist);
    expect(pages.some((p) => p.startsWith('/instructor/'))).toBe(true);
    const problems: string[] = [];
    for (const pathname of pages) {
      for (const width of [320, 375, 768, 1280]) {
        const { page } = await open(pathname, { width });
        const found = await page.evaluate(() => {
          const out: string[] = [];
          if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
          for (const button of document.querySelectorAll<HTMLElement>('[data-copy]')) {
            const frame = button.closest('figure')!.getBoundingClientRect();
            const box = button.getBoundingClientRect();
            // Print editions run no script, so their copy buttons stay hidden.
            if (button.hidden || box.width === 0) continue;
            if (box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom)
              out.push(`copy button outside its frame (${Math.round(box.right)} > ${Math.round(frame.right)})`);
          }
          const header = document.querySelector('.site-header');
          if (header) {
            const height = header.getBoundingClientRect().height;
            if (height > 56) out.push(`header is ${height} px tall`);
            for (const button of header.querySelectorAll<HTMLElement>('button:not([hidden])')) {
              if (!(button.getAttribute('aria-label') || button.textContent?.trim())) out.push('a header button has no accessible name');
            }
          }
          const menu = document.querySelector<HTMLElement>('[data-menu-toggle]');
          if (menu && !menu.hidden && !document.getElementById(menu.getAttribute('aria-controls') ?? '')) out.push('a menu button without a menu');
          return out;
        });
        problems.push(...found.map((p) => `${pathname} @${width}: ${p}`));
        await page.context().close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('opens the course menu with the menu button on a phone', async () => {
    const { page } = await open(lesson, { width: 375 });
    const menu = page.locator('[data-menu-toggle]');
    expect(await page.locator('#course-nav').isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#course-nav').isVisible()).toBe(true);
    await page.context().close();
    const home = await open('/', { width: 375 });
    expect(await home.page.locator('[data-menu-toggle]').count()).toBe(0);
    await home.page.context().close();
  });
});

describe('the outcome on the block', () => {
  it('names what every block does in its header, before the code, for every frame that does not pass', async () => {
    const frames: { outcome: string; header: string; before: boolean }[] = [];
    for (const pathname of [lesson, '/instructor/module-1/1.1-fixture-basics/', exercise, '/instructor/module-1/1.1-fixture-basics/exercise/']) {
      const { page } = await open(pathname);
      frames.push(
        ...(await page.evaluate(() =>
          [...document.querySelectorAll('figure.code-frame--zig')].map((figure) => {
            const badge = figure.querySelector('figcaption .outcome');
            const code = figure.querySelector('pre.code')!;
            return {
              outcome: figure.getAttribute('data-outcome') ?? '',
              header: badge?.textContent?.trim() ?? '',
              before: !!badge && !!(badge.compareDocumentPosition(code) & Node.DOCUMENT_POSITION_FOLLOWING),
            };
          }),
        )),
      );
      await page.context().close();
    }
    const failing = frames.filter((f) => f.outcome !== 'passed');
    expect(failing.length).toBeGreaterThan(4);
    const expected: Record<string, RegExp> = {
      'compile-error': /Does not compile/,
      panicked: /Panics/,
      leaked: /Leaks \(on purpose\)/,
      'test-failed': /Test fails \(on purpose\)/,
    };
    for (const frame of failing) {
      expect(frame.before, JSON.stringify(frame)).toBe(true);
      expect(frame.header).toMatch(expected[frame.outcome] ?? /\S/);
      expect(frame.header).not.toMatch(/Passes|Runs/);
    }
    for (const frame of frames.filter((f) => f.outcome === 'passed')) expect(frame.header).toMatch(/✓ (Passes|Runs)/);
  });
});

describe('navigation', () => {
  it('folds "On this page" above the content on narrow screens and marks the section being read', async () => {
    const { page } = await open(lesson, { width: 768 });
    expect(await page.locator('.toc').isVisible()).toBe(false);
    const inline = page.locator('.toc-inline');
    expect(await inline.isVisible()).toBe(true);
    await inline.locator('summary').click();
    const links = inline.locator('a[data-toc-link]');
    expect(await links.count()).toBeGreaterThan(2);
    const last = links.last();
    const target = decodeURIComponent((await last.getAttribute('href'))!.slice(1));
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), target);
    await page.waitForFunction((id) => document.querySelector(`.toc-inline a[href="#${id}"]`)?.getAttribute('aria-current') === 'location', target);
    expect(await page.locator('.toc-inline a[aria-current]').count()).toBe(1);
    await page.context().close();
  });

  it('has previous/next links on every course page, and counts done lessons on the module page', async () => {
    for (const pathname of ['/module-1/', '/about/', '/how-to-use/', lesson, exercise, '/instructor/status/', '/instructor/syntax/']) {
      const { page } = await open(pathname);
      expect(await page.locator('nav.prev-next a').count(), pathname).toBeGreaterThan(0);
      await page.context().close();
    }
    const { page } = await open('/module-1/');
    await expect(page.locator('[data-module-progress-text]').textContent()).resolves.toBe('0 of 1 lesson done');
    await page.context().close();
  });

  it('shows the exercise files before the hints', async () => {
    const { page } = await open(exercise);
    const order = await page.evaluate(() => {
      const files = document.querySelector('.exercise-files');
      const hints = document.querySelector('.hint-ladder');
      return !!files && !!hints && !!(files.compareDocumentPosition(hints) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    await page.context().close();
  });
});
