import { describe, expect, it } from 'vitest';
import { finishPrintDocument } from '../../src/lib/print-document.ts';

const options = { targets: {}, site: 'https://example.test' };

describe('finishPrintDocument', () => {
  it('prefixes ids inside each chapter and follows in-chapter links', () => {
    const html =
      '<section class="chapter" id="ch-1"><h2 id="intro">Intro</h2><a href="#intro">up</a></section><section class="chapter" id="ch-2"><h2 id="intro">Intro</h2></section>';
    const out = finishPrintDocument(html, options);
    expect(out).toContain('id="ch-1-intro"');
    expect(out).toContain('href="#ch-1-intro"');
    expect(out).toContain('id="ch-2-intro"');
  });

  it('gives a lesson heading that would take a part\'s id ("## Exercise" beside ch-4-exercise) a numbered id', () => {
    const html =
      '<section class="chapter" id="ch-4"><h2 id="exercise">Exercise</h2><a href="#exercise">see</a><section id="ch-4-exercise">the exercise part</section></section>';
    const out = finishPrintDocument(html, options);
    expect(out).toContain('id="ch-4-exercise"');
    expect(out).toContain('id="ch-4-exercise-2"');
    expect(out).toContain('href="#ch-4-exercise-2"');
  });

  it('still refuses ids that stay duplicated', () => {
    expect(() => finishPrintDocument('<p id="a"></p><p id="a"></p>', options)).toThrow('duplicate id "a"');
  });
});
