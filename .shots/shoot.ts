// Ad-hoc screenshots of the built course (not part of the project).
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';
const [dist, out, ...pages] = process.argv.slice(2);
const server = await serveStatic(dist!);
const browser = await launchChromium();
try {
  for (const spec of pages) {
    const [pathname, width, theme, full] = spec.split('|');
    const context = await browser.newContext({ viewport: { width: Number(width), height: width === '375' ? 812 : 900 } });
    const page = await context.newPage();
    await page.goto(server.url + pathname, { waitUntil: 'networkidle' });
    if (theme === 'dark') await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const sw = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    const name = `${out}/${pathname.replace(/[/#]+/g, '_')}-${width}-${theme}.png`;
    await page.screenshot({ path: name, fullPage: full === 'full' });
    console.log(name, 'scrollWidth', sw.join('/'));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
