/** localStorage, or null where merely touching it throws (blocked cookies, some private modes). */
export function localStorageOrNull(): Storage | null {
  try {
    const storage = window.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}
