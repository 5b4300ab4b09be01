import type { PagefindResultData } from './pagefind-loader.ts';

/** A search result ready to show: text only, except the excerpt, which Pagefind escapes. */
export interface ResultView {
  url: string;
  title: string;
  type: string;
  stage: string | undefined;
  excerpt: string;
  /** Headings inside a stage page that matched, as deep links. */
  sections: { title: string; url: string }[];
}

/** Shapes Pagefind's result data for display. */
export function toView(data: PagefindResultData): ResultView {
  const type = data.filters.type?.[0] ?? 'Stage text';
  const sections = (data.sub_results ?? [])
    .filter((s) => s.url !== data.url && s.url.includes('#'))
    .slice(0, 3)
    .map((s) => ({ title: s.title, url: s.url }));
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    type,
    // A stage page names itself; anything inside one (a section, a milestone…) names its stage.
    stage: data.meta.stage === data.meta.title ? undefined : data.meta.stage,
    excerpt: data.excerpt,
    sections,
  };
}

/** The sentence announced after each search. */
export function statusText(count: number, query: string, filtered: boolean): string {
  if (!query) return '';
  if (count === 0) {
    return filtered
      ? `No results for “${query}” with these filters. Try “All” in the filters.`
      : `No results for “${query}”. Try a shorter or more general word, such as “regression”, “docker” or “salary”.`;
  }
  return `${count} result${count === 1 ? '' : 's'} for “${query}”.`;
}
