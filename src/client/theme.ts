import { define } from './define.ts';
import { THEME_KEY } from './theme-key.ts';

type Theme = 'auto' | 'light' | 'dark';

const isTheme = (value: unknown): value is Theme => value === 'auto' || value === 'light' || value === 'dark';

function readTheme(): Theme {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    return isTheme(saved) ? saved : 'auto';
  } catch {
    return 'auto'; // Storage blocked: follow the system.
  }
}

function apply(theme: Theme) {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** `<mlr-theme-picker>`: a native select (auto, light, dark) that persists the choice. */
class ThemePicker extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) throw new Error('<mlr-theme-picker>: missing <select>');
    select.value = readTheme();
    select.addEventListener('change', this.onChange);
    // Other tabs follow.
    window.addEventListener('storage', this.onStorage);
    this.hidden = false;
  }

  disconnectedCallback() {
    this.querySelector('select')?.removeEventListener('change', this.onChange);
    window.removeEventListener('storage', this.onStorage);
  }

  private onChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    const theme = isTheme(value) ? value : 'auto';
    apply(theme);
    try {
      if (theme === 'auto') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  };

  private onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_KEY) return;
    const theme = isTheme(event.newValue) ? event.newValue : 'auto';
    const select = this.querySelector('select');
    if (select) select.value = theme;
    apply(theme);
  };
}

define('mlr-theme-picker', ThemePicker);
