/** On narrow screens the course menu folds away behind a button; pages without a course menu show no button. */
export function setUpNavigationMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  if (!button) return;
  const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!menu) {
    button.remove();
    return;
  }
  button.hidden = false;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    document.body.toggleAttribute('data-nav-open', open);
  });
}
