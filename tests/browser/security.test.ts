/**
 * The built site under a strict Content-Security-Policy, in Chromium: nothing
 * is refused, every feature still works, and output that looks like markup
 * is shown as text and never runs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';

/** The policy a host should send (see the README). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(inject('fixtureSite').dist, { headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(pathname: string): Promise<{ page: Page; violations: string[]; dialogs: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  await page.goto(server.url + pathname);
  return { page, violations, dialogs };
}

const pageViolations = (page: Page) => page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);

describe('under a strict Content-Security-Policy', () => {
  it("shows a block's markup-like output as text, and none of it runs", async () => {
    const { page, dialogs } = await open('/module-1/1.1-fixture-basics/');
    const transcript = page.locator('figure', { hasText: 'markup.zig' }).locator('.transcript__output');
    expect(await transcript.textContent()).toContain('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(await transcript.locator('script, img').count()).toBe(0);
    const scripts = await page.$$eval('script', (nodes) => nodes.map((node) => (node as HTMLScriptElement).src || 'inline'));
    expect(scripts.every((src) => src.startsWith(server.url))).toBe(true);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('refuses nothing: theme, copy, hints, progress and search all work', async () => {
    const { page, violations } = await open('/module-1/1.1-fixture-basics/exercise/');
    await page.locator('[data-theme-toggle]').click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.locator('details.hint[data-tier="1"] > summary').click();
    expect(await page.locator('details.hint[data-tier="2"] > summary').isVisible()).toBe(true);
    await page.locator('input[data-objective]').first().check();
    await page.locator('[data-search-open]').click();
    await page.locator('.pagefind-ui__search-input').fill('quokkafixture');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    expect(await page.locator('.pagefind-ui__result-link').first().textContent()).toBe('Fixture Course');
    expect([...violations, ...(await pageViolations(page))]).toEqual([]);
    await page.close();
  });

  it('refuses nothing on the home page and the instructor print edition either', async () => {
    for (const pathname of ['/', '/instructor/', '/instructor/print/module-1/']) {
      const { page, violations } = await open(pathname);
      await page.waitForLoadState('networkidle');
      expect([...violations, ...(await pageViolations(page))], pathname).toEqual([]);
      await page.close();
    }
  });
});
