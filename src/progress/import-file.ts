import * as z from 'zod/mini';
import { MILESTONE_KEY, PROGRESS_VERSION, type MilestoneState, type Progress } from './model.ts';
import { MAX_IMPORT_BYTES } from './transfer.ts';

// Loaded only by the progress page: stage pages use the small type guard in model.ts.
const importSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  milestones: z.record(
    z.string().check(z.regex(MILESTONE_KEY)),
    z.object({ done: z.literal(true), at: z.iso.datetime({ offset: true }) }),
  ),
});

export type ImportResult = { ok: true; progress: Progress } | { ok: false; message: string };

/** The bits of a File that reading needs (so tests need no browser). */
export interface ImportFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

const fail = (message: string): ImportResult => ({ ok: false, message });

/** Reads and checks an exported progress file. Never throws; every failure says how to fix it. */
export async function readImportFile(file: ImportFile): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return fail(
      `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; a progress file is at most 1 MB. Choose the file that Export saved.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    return fail(
      `${file.name} is not a JSON file. Choose a file saved with Export (ml-roadmap-progress-….json).`,
    );
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return fail(
      `${file.name} was saved by a newer version of this site (format ${version}). Reload the page to update, then import again.`,
    );
  }
  // zod drops a "__proto__" key silently; a file that has one is not ours, so say so.
  const raw = (value as { milestones?: unknown } | null)?.milestones;
  const badKey =
    raw && typeof raw === 'object' ? Object.keys(raw).find((k) => !MILESTONE_KEY.test(k)) : undefined;
  if (badKey !== undefined) {
    return fail(
      `${file.name} is not a progress file from this site: "${badKey.slice(0, 60)}" is not a milestone.`,
    );
  }
  const parsed = importSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.map(String).join(' → ')}` : '';
    return fail(
      `${file.name} is not a progress file from this site${where}: ${issue?.message ?? 'unexpected shape'}.`,
    );
  }
  const milestones: Record<string, MilestoneState> = Object.create(null);
  for (const [key, state] of Object.entries(parsed.data.milestones))
    milestones[key] = { done: true, at: state.at };
  return { ok: true, progress: { version: PROGRESS_VERSION, milestones } };
}
