import { applyAliases } from './aliases.ts';
import { PROGRESS_VERSION, type MilestoneState, type Progress } from './model.ts';

/** Largest import file accepted, in bytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** `ml-roadmap-progress-YYYY-MM-DD.json`, in the learner's local date. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ml-roadmap-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** The exported file: the stored shape plus when it was exported, pretty-printed. */
export function exportProgress(progress: Progress, now: Date): string {
  const milestones = Object.fromEntries(
    Object.entries(progress.milestones).sort(([a], [b]) => a.localeCompare(b)),
  );
  return `${JSON.stringify({ version: PROGRESS_VERSION, exportedAt: now.toISOString(), milestones }, null, 2)}\n`;
}

/** What an import would do. */
export interface ImportPreview {
  /** Ticked in the file, not yet ticked here, and part of the roadmap. */
  added: number;
  /** Ticked in the file and already ticked here. */
  alreadyDone: number;
  /** Ticked in the file but not part of the roadmap (kept, not counted). */
  unknown: number;
}

/** Compares an imported file with current progress, after carrying renamed ids over. */
export function previewImport(
  current: Progress,
  incoming: Progress,
  known: ReadonlySet<string>,
  aliases: Readonly<Record<string, string>> = {},
): ImportPreview {
  const preview: ImportPreview = { added: 0, alreadyDone: 0, unknown: 0 };
  for (const key of Object.keys(applyAliases(incoming, aliases).milestones)) {
    if (!known.has(key)) preview.unknown += 1;
    else if (Object.hasOwn(current.milestones, key)) preview.alreadyDone += 1;
    else preview.added += 1;
  }
  return preview;
}

/** Both sets of ticks; where both have a milestone, the earlier date wins. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const milestones: Record<string, MilestoneState> = Object.assign(Object.create(null), current.milestones);
  for (const [key, state] of Object.entries(incoming.milestones)) {
    const mine = milestones[key];
    if (!mine || state.at < mine.at) milestones[key] = { done: true, at: state.at };
  }
  return { version: PROGRESS_VERSION, milestones };
}
