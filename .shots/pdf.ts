import { writeFileSync } from 'node:fs';
import { readPdf } from '../tests/helpers/pdf.ts';
const [file, out, ...pages] = process.argv.slice(2);
const pdf = readPdf(file!);
console.log('pages', pdf.pageCount, 'outline', pdf.outline.length);
for (const p of pages) writeFileSync(`${out}-${p}.png`, pdf.png(Number(p) - 1, 70));
const thin = pdf.pageTexts.map((t, i) => [i + 1, t.split('\n').filter((l) => l.trim()).length] as const).filter(([, n]) => n <= 4);
console.log('pages with <=4 lines (incl. running header/footer):', thin.map(([p, n]) => `${p}:${n}`).join(' '));
