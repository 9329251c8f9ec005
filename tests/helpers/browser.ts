/** The browser tests start Chromium the way the PDF renderer does (scripts/lib/chromium.ts): never a browser download. */
export { launchChromium } from '../../scripts/lib/chromium.ts';
