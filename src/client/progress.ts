import type { Progress } from '../progress/model.ts';
import { parseRoadmapIndex } from '../progress/roadmap-index.ts';
import {
  LEGACY_KEYS,
  STORAGE_KEY,
  createStore,
  type BackupReason,
  type LoadNotice,
} from '../progress/store.ts';
import { tallyProgress, type ProgressTally } from '../progress/tally.ts';
import { inSlices } from './in-slices.ts';
import { createListeners } from './listeners.ts';
import { localStorageOrNull } from './storage.ts';

/** The roadmap index the page embedded (see components/ProgressData.astro). */
export const roadmapIndex = parseRoadmapIndex(document.getElementById('mlr-roadmap-index')?.textContent);

/** The page's one progress store: read through `currentProgress`, written through the functions below. */
const store = createStore(localStorageOrNull(), { aliases: roadmapIndex.aliases });

// Storage is read at the first use, an element's first render in a slice (in-slices.ts), rather than
// in the task that evaluates this script, already one of the page's longest: parsing a learner's
// progress there made it longer still.
let notice: LoadNotice | undefined;
const load = (): LoadNotice => (notice ??= store.reload());

/** The learner's progress, read from storage at the first call. */
export function currentProgress(): Progress {
  load();
  return store.get();
}

const { emit, subscribe } = createListeners(inSlices);

/** Calls `listener` now and, in the page's slices, after every change, from this tab or another. */
export { subscribe };

let tallied: { of: Progress; tally: ProgressTally } | undefined;

/** Counts for the current progress, made once per change: a page may show 14 stage bars. */
export function currentTally(): ProgressTally {
  const progress = currentProgress();
  if (tallied?.of !== progress) tallied = { of: progress, tally: tallyProgress(roadmapIndex, progress) };
  return tallied.tally;
}

/** What the learner should be told about storage, if anything. */
export const currentNotice = (): LoadNotice => load();

/** Loads progress if still unread, applies one write, then notes a failure and tells the listeners. */
const write = (apply: () => boolean): boolean => {
  load();
  const saved = apply();
  if (!saved && notice?.kind === 'none') notice = { kind: 'unavailable' };
  emit();
  return saved;
};

/** Applies one edit from progress/changes.ts (a state, a note); false when it could not be saved. */
export const editProgress = (edit: (progress: Progress, now: Date) => Progress) =>
  write(() => store.update(edit));

/** Replaces all progress (import, reset, restore), keeping a backup; false when nothing changed. */
export const replaceProgress = (
  progress: Progress,
  reason: Exclude<BackupReason, 'unreadable' | 'migrated'>,
) => write(() => store.replace(progress, reason));

// Other tabs: follow their changes live, including a tab still running the format-1 site.
window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY && event.key !== null && !LEGACY_KEYS.includes(event.key)) return;
  notice = store.reload();
  emit();
});
