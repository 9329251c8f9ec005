import { writeFileSync } from 'node:fs';
import { readPdf } from '../tests/helpers/pdf.ts';
const [file, page, out] = process.argv.slice(2);
writeFileSync(out!, readPdf(file!).png(Number(page) - 1, 80));
