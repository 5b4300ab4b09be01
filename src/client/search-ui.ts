import { basePath } from '../paths.ts';
import { define } from './define.ts';
import { loadPagefind } from '../search/pagefind-loader.ts';
import { statusText, toView, type ResultView } from '../search/view.ts';

const MAX_RESULTS = 30;

/**
 * `<mlr-search>`: the search form, enhanced. Searches as you type with Pagefind (loaded on
 * first use), filters by phase and kind of hit, announces the count, and lets the arrow keys
 * move between the input and the result links. With `data-url-state` it reads and writes `?q=`.
 */
class Search extends HTMLElement {
  private form = this.querySelector('form')!;
  private input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
  private status = this.querySelector<HTMLElement>('[data-search-status]')!;
  private list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
  private runs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const selects = [...this.form.querySelectorAll('select')];
    if ('urlState' in this.dataset) {
      const params = new URLSearchParams(location.search);
      this.input.value = params.get('q') ?? '';
      for (const select of selects) select.value = params.get(select.name) ?? '';
    }
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.run(), 120);
    });
    for (const select of selects) select.addEventListener('change', () => void this.run());
    this.addEventListener('keydown', this.onKeydown);
    if (this.input.value) void this.run();
  }

  /** Starts loading the index before the first keystroke. */
  warm() {
    loadPagefind(basePath()).catch(() => undefined);
  }

  private filters(): Record<string, string[]> {
    const filters: Record<string, string[]> = {};
    for (const select of this.form.querySelectorAll('select'))
      if (select.value) filters[select.name] = [select.value];
    return filters;
  }

  private async run() {
    const run = ++this.runs;
    const query = this.input.value.trim();
    const filters = this.filters();
    if ('urlState' in this.dataset) this.writeUrl(query, filters);
    if (!query) {
      this.list.replaceChildren();
      this.status.textContent = '';
      return;
    }
    try {
      const pagefind = await loadPagefind(basePath());
      const search = await pagefind.search(query, { filters });
      const views = (
        await Promise.all((search?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()))
      ).map(toView);
      if (run !== this.runs) return; // A newer search has started.
      this.list.replaceChildren(...views.map((v) => this.item(v)));
      this.status.textContent = statusText(
        search?.results.length ?? 0,
        query,
        Object.keys(filters).length > 0,
      );
    } catch {
      if (run === this.runs)
        this.status.textContent = 'Search could not load. Check your connection and try again.';
    }
  }

  private writeUrl(query: string, filters: Record<string, string[]>) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, [value]] of Object.entries(filters)) if (value) params.set(name, value);
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  private item(view: ResultView): HTMLLIElement {
    const li = document.createElement('li');
    const heading = document.createElement('p');
    heading.className = 'result-title';
    const link = document.createElement('a');
    link.href = view.url;
    link.textContent = view.title;
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = view.type;
    heading.append(link, ' ', badge);
    if (view.stage) heading.append(` in ${view.stage}`);
    const excerpt = document.createElement('p');
    excerpt.innerHTML = view.excerpt; // Pagefind escapes our own page text and adds only <mark>.
    li.append(heading, excerpt);
    if (view.sections.length) {
      const sections = document.createElement('ul');
      for (const section of view.sections) {
        const a = document.createElement('a');
        a.href = section.url;
        a.textContent = section.title;
        const item = document.createElement('li');
        item.append(a);
        sections.append(item);
      }
      li.append(sections);
    }
    return li;
  }

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== this.input && at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) this.input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };
}

define('mlr-search', Search);

export type { Search };
