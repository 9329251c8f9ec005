/**
 * Copy buttons copy exactly the code shown. The Clipboard API needs a secure
 * context and permission; when it is missing or refuses, the code is selected
 * and copied with the older command, and failing that left selected with a
 * "press Ctrl+C" message.
 */
function selectText(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function copy(text: string, element: Element): Promise<'copied' | 'selected'> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // fall through to the selection-based copy
  }
  selectText(element);
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // the selection stays for a manual copy
  }
  return 'selected';
}

export function setUpCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const code = button.closest('figure')?.querySelector('pre.code code');
    if (!code) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const result = await copy(code.textContent ?? '', code);
      button.textContent = result === 'copied' ? 'Copied' : 'Press Ctrl+C';
      button.setAttribute('aria-live', 'polite');
      window.setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
  }
}
