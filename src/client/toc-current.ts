/**
 * Marks the table of contents entry for the section being read (`aria-current="location"`), so the
 * sticky contents beside the text on wide screens show where the reader is. Headings report crossing
 * a line a third of the way down the viewport (the observed zone reaches far above the page top, so a
 * fast scroll cannot jump a heading past it unseen); the current section is the last heading above it.
 */
const toc = document.querySelector<HTMLElement>('nav.toc');
const links = [...(toc?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])];
const targets = links
  .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
  .filter((t): t is { link: HTMLAnchorElement; heading: HTMLElement } => t.heading !== null);

let current: HTMLAnchorElement | undefined;

function update() {
  const line = innerHeight / 3;
  let next: HTMLAnchorElement | undefined;
  for (const { link, heading } of targets) if (heading.getBoundingClientRect().top <= line) next = link;
  if (next === current) return;
  current?.removeAttribute('aria-current');
  next?.setAttribute('aria-current', 'location');
  current = next;
}

if (targets.length && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(update, { rootMargin: '100000px 0px -66% 0px' });
  for (const { heading } of targets) observer.observe(heading);
}

// A module of its own, so toc-loader.ts can load it on demand.
export {};
