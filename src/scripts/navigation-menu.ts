/** On narrow screens the course menu folds away behind a button. */
export function setUpNavigationMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    document.body.toggleAttribute('data-nav-open', open);
  });
}
