import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('/tmp/clip', { recursive: true });
writeFileSync('/tmp/clip/index.html', '<button id=b>x</button>');
const server = await serveStatic('/tmp/clip');
const browser = await launchChromium();
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(server.url + '/');
try { await context.grantPermissions(['clipboard-read', 'clipboard-write']); console.log('granted'); } catch (e) { console.log('grant failed', String(e).slice(0, 200)); }
console.log(await page.evaluate(async () => { try { await navigator.clipboard.writeText('hello'); return 'wrote ' + (await navigator.clipboard.readText()); } catch (e) { return 'err ' + e; } }));
await browser.close(); await server.close();
