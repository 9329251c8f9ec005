/** Marks the section being read in "On this page" (aria-current), as the reader scrolls. */
export function setUpTableOfContents(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')];
  if (!links.length) return;
  const targets = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))]
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => !!el);
  let scheduled = false;
  const update = () => {
    scheduled = false;
    // The current section is the last heading above the top fifth of the screen.
    const line = window.innerHeight * 0.2 + 56;
    let current = targets[0];
    for (const target of targets) if (target.getBoundingClientRect().top <= line) current = target;
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = targets[targets.length - 1];
    for (const link of links) {
      if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  const schedule = () => {
    if (!scheduled) ((scheduled = true), requestAnimationFrame(update));
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  update();
}
