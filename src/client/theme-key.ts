/** The localStorage key of the chosen colour theme (read before first paint by ThemeScript.astro). */
export const THEME_KEY = 'ml-roadmap:theme';
