// The contents stay in view beside the text only on wide screens (stages/[id].astro): only there is
// marking the current section worth its bytes, loaded once the screen is (or becomes) that wide.
const wide = matchMedia('(min-width: 75em)');
const mark = () => void import('./toc-current.ts');
// Only a page with contents has anything to mark.
if (document.querySelector('.toc')) {
  if (wide.matches) mark();
  else wide.addEventListener('change', mark, { once: true });
}
