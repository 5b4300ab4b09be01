import GithubSlugger from 'github-slugger';
import { outlineBody } from '../content/checks/body-outline.ts';

/** A section of a stage page: its heading and the id the rendered page gives it. */
export interface Section {
  title: string;
  id: string;
}

/**
 * The h2 and h3 sections of a stage body, with the ids Astro gives their headings (github-slugger over
 * every heading of the body, in order, as its rehype plugin does). Headings with math are left out: their
 * rendered text, and so their id, is KaTeX's, not the source's. A body that does not parse has none (the
 * content checks report it).
 */
export function stageSections(body: string): Section[] {
  const outline = outlineBody(body);
  if (!('headings' in outline)) return [];
  const slugger = new GithubSlugger();
  return outline.headings.flatMap((h) => {
    const id = slugger.slug(h.text);
    return (h.depth === 2 || h.depth === 3) && !h.math ? [{ title: h.text, id }] : [];
  });
}
