import { milestoneKey } from '../paths.ts';
import { stateOf, type Progress } from './model.ts';
import type { RoadmapIndex } from './roadmap-index.ts';
import { seenKeys, unseenKeys } from './seen.ts';

/** A milestone added since the learner's last visit. */
export interface NewMilestone {
  stageId: string;
  milestoneId: string;
  title: string;
  stageTitle: string;
}

/** What changed in the roadmap since the learner's last visit (home and /progress/ only). */
export interface WhatsNew {
  /** New milestones, in roadmap order. */
  added: NewMilestone[];
  /** How many of `added` are in stages the learner had finished: why their percentage went down. */
  inFinished: number;
  /** Keys seen last time that are no longer in the roadmap (after aliases), sorted. */
  gone: string[];
}

/**
 * The difference between the milestones seen at the last visit and `index`, which must be the whole
 * roadmap. Null when there is nothing to say: a first visit, a dismissed notice, or no change.
 * A stage counts as finished when every milestone of it the learner had seen (and that still exists)
 * is now done or skipped.
 */
export function whatsNew(index: RoadmapIndex, progress: Progress): WhatsNew | null {
  const seen = seenKeys(progress);
  if (!seen) return null;
  const unseen = unseenKeys(index, progress);
  const renamed = new Set([...seen].map((key) => index.aliases[key] ?? key));
  const current = new Set<string>();
  const added: NewMilestone[] = [];
  let inFinished = 0;
  for (const stage of index.stages) {
    const keys = stage.milestones.map((m) => milestoneKey(stage.id, m.id));
    keys.forEach((key) => current.add(key));
    const old = keys.filter((key) => !unseen.has(key));
    const finished =
      old.length > 0 && old.every((key) => ['done', 'skipped'].includes(stateOf(progress, key) ?? ''));
    for (const [i, m] of stage.milestones.entries()) {
      if (!unseen.has(keys[i]!)) continue;
      added.push({ stageId: stage.id, milestoneId: m.id, title: m.title, stageTitle: stage.title });
      if (finished) inFinished++;
    }
  }
  const gone = [...renamed].filter((key) => !current.has(key)).sort();
  return added.length || gone.length ? { added, inFinished, gone } : null;
}
