/**
 * Search loads only when opened: the Pagefind UI script, its stylesheet and the
 * index are fetched on first use, so pages pay nothing for it until then.
 */
interface PagefindUIConstructor {
  new (options: Record<string, unknown>): unknown;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

export function setUpSearch(): void {
  const open = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  if (!open || !dialog || !root) return;
  open.hidden = false;
  let loading: Promise<void> | undefined;
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const baseUrl = root.dataset.base ?? '/';

  open.addEventListener('click', async () => {
    dialog.showModal();
    loading ??= (async () => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = `${bundle}pagefind-ui.css`;
      document.head.append(css);
      await loadScript(`${bundle}pagefind-ui.js`);
      const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
      new PagefindUI({ element: root, bundlePath: bundle, baseUrl, showSubResults: true, showImages: false, resetStyles: false, autofocus: true });
    })().catch(() => {
      root.textContent = 'Search is not available here (the index is built by `npm run build`).';
    });
    await loading;
    root.querySelector<HTMLInputElement>('input')?.focus();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
