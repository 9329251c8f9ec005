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
