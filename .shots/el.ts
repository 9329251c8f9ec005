import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';
const [dist, out, pathname, width, theme, selector, nth] = process.argv.slice(2);
const server = await serveStatic(dist!);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + pathname, { waitUntil: 'networkidle' });
  if (theme === 'dark') await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  const el = page.locator(selector!).nth(Number(nth ?? 0));
  await el.screenshot({ path: out });
  console.log(out, await page.locator(selector!).count());
} finally {
  await browser.close();
  await server.close();
}
