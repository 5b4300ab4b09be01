/** The parts of Pagefind's browser API that we use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
export interface PagefindApi {
  options(options: {
    baseUrl?: string;
    excerptLength?: number;
    metaCacheTag?: string;
    ranking?: { pageLength?: number };
  }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind from the built site once, on first use (nothing of it loads before). */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({
      baseUrl: base,
      excerptLength: 24,
      metaCacheTag: __MLR_BUILD_ID__,
      // Section, milestone and resource records are short; damping the length bonus lets a stage's
      // own page (title weighted 10) rank first for its name. With section records, 0.05 to 0.15 keep
      // every title first and every topic of search-relevance.spec.ts in the top three (0.2 does not).
      ranking: { pageLength: 0.1 },
    });
    await api.init();
    return api;
  })().catch((error: unknown) => {
    // A failed load must not stick: the next search tries again (say, once back online).
    loading = undefined;
    throw error;
  });
  return loading;
}
