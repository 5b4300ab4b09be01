/**
 * A realistic stored progress record for `npm run lighthouse`'s "stored" runs: a learner a few weeks
 * in, with the first stages done, the next one under way, a skipped milestone and a few notes. It is
 * written by the progress store itself into an in-memory Storage, so the key and the serialisation
 * are the store's own (src/progress/store.ts), never a copy that could drift from it.
 */
import { milestoneKey } from '../../src/paths.ts';
import { withState } from '../../src/progress/changes.ts';
import { withNote } from '../../src/progress/notes.ts';
import { parseRoadmapIndex, type RoadmapIndex } from '../../src/progress/roadmap-index.ts';
import { createStore } from '../../src/progress/store.ts';
import { MemoryStorage } from '../../tests/unit/memory-storage.ts';

/** The roadmap index the progress page embeds (`<script id="mlr-roadmap-index">`). */
export function roadmapIndexOf(progressPageHtml: string): RoadmapIndex {
  const json = /<script type="application\/json" id="mlr-roadmap-index">([^<]*)<\/script>/.exec(
    progressPageHtml,
  )?.[1];
  const index = parseRoadmapIndex(json);
  if (index.stages.length < 3) throw new Error('the progress page carries no roadmap index of 3+ stages');
  return index;
}

/** Every storage entry the store writes for that learner, as `[key, value]` pairs for localStorage. */
export function storedProgress(index: RoadmapIndex): [string, string][] {
  const storage = new MemoryStorage();
  let day = Date.parse('2026-09-01T18:00:00Z');
  // One change every half day, as ticks spread over weeks would be.
  const store = createStore(storage, { now: () => new Date((day += 12 * 3600_000)) });
  const [first, second, third] = index.stages;
  const keys = (stage: typeof first) => stage!.milestones.map((m) => milestoneKey(stage!.id, m.id));
  for (const key of [...keys(first), ...keys(second)]) store.set(key, true);
  const current = keys(third);
  current.slice(0, Math.ceil(current.length / 2)).forEach((key) => store.set(key, true));
  const [doing, skipped] = current.slice(Math.ceil(current.length / 2));
  if (doing)
    store.update((p, now) => withNote(withState(p, doing, 'doing', now), doing, 'Halfway: chapter 4.', now));
  if (skipped) store.update((p, now) => withState(p, skipped, 'skipped', now));
  const noted = keys(first)[0]!;
  store.update((p, now) => withNote(p, noted, 'Summary in my notebook, page 12.\nRevisit rule 14.', now));
  return storage.keys().map((key) => [key, storage.getItem(key)!]);
}
