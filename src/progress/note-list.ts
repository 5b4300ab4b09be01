import { milestoneKey } from '../paths.ts';
import { MILESTONE_KEY, isMeaningful, type Progress } from './model.ts';
import type { RoadmapIndex } from './roadmap-index.ts';

export interface NoteItem {
  key: string;
  stageId: string;
  milestoneId: string;
  /** Milestone and stage titles; undefined for a milestone no longer in the roadmap. */
  title?: string;
  stageTitle?: string;
  note: string;
  at: string;
}

/** Every note: the roadmap's in roadmap order, then notes on milestones no longer in it, by key. */
export function listNotes(index: RoadmapIndex, progress: Progress): NoteItem[] {
  const items: NoteItem[] = [];
  const listed = new Set<string>();
  const add = (key: string, titles: { title?: string; stageTitle?: string }) => {
    const entry = Object.hasOwn(progress.milestones, key) ? progress.milestones[key] : undefined;
    if (!entry?.note || !MILESTONE_KEY.test(key)) return;
    const [stageId = '', milestoneId = ''] = key.split('/');
    items.push({ key, stageId, milestoneId, ...titles, note: entry.note, at: entry.at });
    listed.add(key);
  };
  for (const stage of index.stages)
    for (const m of stage.milestones)
      add(milestoneKey(stage.id, m.id), { title: m.title, stageTitle: stage.title });
  for (const key of Object.keys(progress.milestones).sort())
    if (!listed.has(key) && isMeaningful(progress.milestones[key])) add(key, {});
  return items;
}
