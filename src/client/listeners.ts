/**
 * The page's progress listeners. A change re-renders every element that shows progress (on /progress/,
 * 14 checklists with 200 milestones), so the re-renders are handed to `schedule` (the page's slices)
 * rather than run in the task that made the change: input is handled between them. A listener that
 * is still waiting when another change comes runs once; one removed meanwhile does not run.
 */
export function createListeners(schedule: (work: () => void) => void) {
  const listeners = new Set<() => void>();
  const waiting = new Set<() => void>();
  return {
    /** Calls `listener` now and after every change, until the returned function is called. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      listener();
      return () => listeners.delete(listener);
    },
    /** Schedules every listener once. */
    emit(): void {
      for (const listener of listeners) {
        if (waiting.has(listener)) continue;
        waiting.add(listener);
        schedule(() => {
          waiting.delete(listener);
          if (listeners.has(listener)) listener();
        });
      }
    },
  };
}
