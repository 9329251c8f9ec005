import { readPdf } from '../tests/helpers/pdf.ts';
for (const file of process.argv.slice(2)) {
  const pdf = readPdf(file);
  const report = pdf.pageTexts.map((t, i) => {
    const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
    // Running header (top-left, top-right) and footer "Page N of M" are not content.
    const content = lines.filter((l) => !/^Page \d+ of \d+$/.test(l) && !/^Chapter \d+ · /.test(l) && !/^Zig for Python Developers · Module/.test(l));
    return { page: i + 1, n: content.length, first: content[0] };
  });
  console.log(file, pdf.pageCount, report.filter((r) => r.n <= 2).map((r) => `${r.page}:${r.n}:${r.first}`).join(' | '));
}
