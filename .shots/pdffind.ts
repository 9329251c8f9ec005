import { writeFileSync } from 'node:fs';
import { readPdf } from '../tests/helpers/pdf.ts';
const [file, needle, out] = process.argv.slice(2);
const pdf = readPdf(file!);
const pages = pdf.pageTexts.map((t, i) => (t.includes(needle!) ? i : -1)).filter((i) => i >= 0);
console.log('pages', pdf.pageCount, 'found on', pages.map((p) => p + 1).join(','));
if (pages.length) writeFileSync(out!, pdf.png(pages[0]!, 70));
const thin = pdf.pageTexts.map((t, i) => [i + 1, t.split('\n').filter((l) => l.trim()).length] as const).filter(([, n]) => n <= 4);
console.log('thin pages:', thin.map(([p, n]) => `${p}:${n}`).join(' '));
