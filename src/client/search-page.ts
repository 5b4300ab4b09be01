import { loadPagefind } from '../search/pagefind.ts';

/**
 * `<mlr-search-page>`: runs the query from `?q=` (or the form) with Pagefind and lists
 * the results. Result excerpts come from our own index; titles are set as text.
 */
class SearchPage extends HTMLElement {
  private form = this.querySelector('form');
  private input = this.querySelector<HTMLInputElement>('input[name="q"]');
  private status = this.querySelector<HTMLElement>('[data-search-status]');
  private list = this.querySelector<HTMLOListElement>('[data-search-results]');

  connectedCallback() {
    const query = new URLSearchParams(location.search).get('q') ?? '';
    if (this.input) this.input.value = query;
    this.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      const q = this.input?.value.trim() ?? '';
      history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
      void this.run(q);
    });
    this.querySelector('button')?.removeAttribute('disabled');
    if (query) void this.run(query);
  }

  private async run(query: string) {
    if (!this.list || !this.status) return;
    this.list.replaceChildren();
    if (!query) {
      this.status.textContent = '';
      return;
    }
    this.status.textContent = 'Searching…';
    try {
      const pagefind = await loadPagefind(this.dataset.base ?? '/');
      const { results } = await pagefind.search(query);
      const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      for (const result of data) this.list.append(this.item(result.url, result.meta.title ?? result.url, result.excerpt));
      this.status.textContent = data.length
        ? `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`
        : `No results for “${query}”. Try a broader word, such as “regression” or “interview”.`;
    } catch {
      this.status.textContent = 'Search could not load. Reload the page to try again.';
    }
  }

  private item(url: string, title: string, excerpt: string): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = url;
    link.textContent = title;
    const text = document.createElement('p');
    text.innerHTML = excerpt; // Pagefind escapes page text and adds only <mark>.
    li.append(link, text);
    return li;
  }
}

if (!customElements.get('mlr-search-page')) customElements.define('mlr-search-page', SearchPage);
