/**
 * Learning progress kept in this browser: ticked objectives
 * (zfp:objective:<lesson>:<objective>), the sidebar's "done" marks (a lesson
 * is done when all its objectives are ticked), the module page's count of
 * done lessons, and the last lesson or
 * exercise visited, for "continue where you left off".
 */
import { storage } from './storage.ts';

const objectiveKey = (id: string) => `zfp:objective:${id}`;
const LAST = 'zfp:last';

function isTicked(id: string): boolean {
  return storage.get(objectiveKey(id)) === '1';
}

function refreshDoneMarks(): void {
  for (const item of document.querySelectorAll<HTMLElement>('[data-lesson][data-objectives]')) {
    const ids = (item.dataset.objectives ?? '').split(' ').filter(Boolean);
    const done = ids.length > 0 && ids.every((id) => isTicked(`${item.dataset.lesson}:${id}`));
    const marker = item.querySelector<HTMLElement>('[data-done-marker]');
    if (marker) marker.hidden = !done;
  }
  // The module page: how many of its lessons are done.
  const summary = document.querySelector<HTMLElement>('[data-module-progress]');
  if (summary) {
    const cards = [...document.querySelectorAll<HTMLElement>('.lesson-card[data-lesson]')];
    const done = cards.filter((card) => !card.querySelector<HTMLElement>('[data-done-marker]')?.hidden).length;
    const bar = summary.querySelector('progress');
    if (bar) bar.value = done;
    const text = summary.querySelector('[data-module-progress-text]');
    if (text) text.textContent = `${done} of ${cards.length} lesson${cards.length === 1 ? '' : 's'} done`;
    summary.hidden = false;
  }
}

export function setUpProgress(): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-objective]')) {
    const id = box.dataset.objective!;
    box.checked = isTicked(id);
    box.addEventListener('change', () => {
      if (box.checked) storage.set(objectiveKey(id), '1');
      else storage.remove(objectiveKey(id));
      refreshDoneMarks();
    });
  }
  refreshDoneMarks();

  const page = document.querySelector<HTMLElement>('[data-lesson-page]');
  if (page) storage.set(LAST, JSON.stringify({ path: location.pathname, title: page.dataset.pageTitle ?? document.title }));

  const resume = document.querySelector<HTMLElement>('[data-continue]');
  const link = resume?.querySelector<HTMLAnchorElement>('[data-continue-link]');
  const last = storage.get(LAST);
  if (resume && link && last) {
    try {
      const { path, title } = JSON.parse(last) as { path: string; title: string };
      if (path.startsWith('/')) {
        link.href = path;
        link.textContent = `Continue where you left off: ${title}`;
        resume.hidden = false;
      }
    } catch {
      storage.remove(LAST);
    }
  }
}
