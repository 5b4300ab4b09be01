import { THEME_KEY } from './theme-key.ts';

type Theme = 'auto' | 'light' | 'dark';

const isTheme = (value: unknown): value is Theme => value === 'auto' || value === 'light' || value === 'dark';

function apply(theme: Theme) {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** `<mlr-theme-picker>`: a native select (auto, light, dark) that persists the choice. */
class ThemePicker extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(THEME_KEY);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    select.value = isTheme(saved) ? saved : 'auto';
    select.addEventListener('change', () => {
      const theme = isTheme(select.value) ? select.value : 'auto';
      apply(theme);
      try {
        if (theme === 'auto') localStorage.removeItem(THEME_KEY);
        else localStorage.setItem(THEME_KEY, theme);
      } catch {
        // As above: nothing to save to.
      }
    });
    // Other tabs follow.
    window.addEventListener('storage', (event) => {
      if (event.key !== THEME_KEY) return;
      const theme = isTheme(event.newValue) ? event.newValue : 'auto';
      select.value = theme;
      apply(theme);
    });
    this.hidden = false;
  }
}

if (!customElements.get('mlr-theme-picker')) customElements.define('mlr-theme-picker', ThemePicker);
