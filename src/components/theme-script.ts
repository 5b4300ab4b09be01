import { createHash } from 'node:crypto';
import { THEME_KEY } from '../client/theme-key.ts';

/**
 * The theme script that ThemeScript.astro inlines before first paint, as a string, so that the
 * content security policy can allow exactly this text by its hash (Astro hashes the scripts it
 * bundles, not `is:inline` ones). ES5 and tiny: it runs on every page before anything is drawn.
 */
export const THEME_SCRIPT =
  `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});` +
  `if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** The script's hash in CSP form, for `security.csp.scriptDirective.hashes`. */
export const THEME_SCRIPT_HASH =
  `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}` as const;
