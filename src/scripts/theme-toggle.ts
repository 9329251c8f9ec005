/** The theme toggle: follows the system until the reader chooses, then remembers the choice. */
import { storage } from './storage.ts';

const KEY = 'zfp:theme';

export function setUpThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const root = document.documentElement;
  // A toggle: its name stays "Dark theme", aria-pressed says whether it is on, the tooltip says what a click does.
  const show = () => {
    const dark = root.dataset.theme === 'dark';
    button.setAttribute('aria-pressed', String(dark));
    button.title = dark ? 'Switch to the light theme' : 'Switch to the dark theme';
  };
  button.hidden = false;
  show();
  button.addEventListener('click', () => {
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    storage.set(KEY, next);
    show();
  });
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
    if (storage.get(KEY)) return;
    root.dataset.theme = event.matches ? 'dark' : 'light';
    show();
  });
}
