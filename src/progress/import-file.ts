import * as z from 'zod/mini';
import {
  MAX_NOTE_LENGTH,
  MILESTONE_KEY,
  MILESTONE_STATES,
  PROGRESS_VERSION,
  isRecord,
  type Progress,
} from './model.ts';
import { cleanNote } from './notes.ts';
import { readProgress } from './parse.ts';
import { MAX_IMPORT_BYTES } from './transfer.ts';

// Loaded only by the progress page: stage pages use the small type guard in parse.ts. The schemas
// only explain what is wrong, in words a learner can act on; readProgress (shared with storage)
// then migrates and rebuilds the value, so a file and stored progress can never be read differently.
const key = z.string().check(z.regex(MILESTONE_KEY));
const at = z.iso.datetime({ offset: true });
const schemas: Record<number, z.ZodMiniType> = {
  1: z.object({
    version: z.literal(1),
    milestones: z.record(key, z.object({ done: z.literal(true), at })),
  }),
  2: z.object({
    version: z.literal(2),
    milestones: z.record(
      key,
      z.object({
        state: z.optional(z.enum(MILESTONE_STATES as [string, ...string[]])),
        at,
        note: z.optional(
          z.string().check(z.maxLength(MAX_NOTE_LENGTH, `a note is at most ${MAX_NOTE_LENGTH} characters`)),
        ),
      }),
    ),
  }),
};

export type ImportResult = { ok: true; progress: Progress } | { ok: false; message: string };

/** The bits of a File that reading needs (so tests need no browser). */
export interface ImportFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

const fail = (message: string): ImportResult => ({ ok: false, message });

/** Reads and checks an exported progress file of any format; never throws; every failure says how to fix it. */
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
  const version = isRecord(value) ? value.version : undefined;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return fail(
      `${file.name} was saved by a newer version of this site (format ${version}). Reload the page to update, then import again.`,
    );
  }
  // zod drops a "__proto__" key silently; a file that has one is not ours, so say so.
  const raw = isRecord(value) ? value.milestones : undefined;
  const badKey = isRecord(raw) ? Object.keys(raw).find((k) => !MILESTONE_KEY.test(k)) : undefined;
  if (badKey !== undefined) {
    return fail(
      `${file.name} is not a progress file from this site: "${badKey.slice(0, 60)}" is not a milestone.`,
    );
  }
  const parsed = (
    schemas[typeof version === 'number' ? version : PROGRESS_VERSION] ?? schemas[PROGRESS_VERSION]!
  ).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.map(String).join(' → ')}` : '';
    return fail(
      `${file.name} is not a progress file from this site${where}: ${issue?.message ?? 'unexpected shape'}.`,
    );
  }
  const result = readProgress(value);
  if (!result.ok) return fail(`${file.name} is not a progress file from this site.`);
  // Notes from a file are cleaned like typed ones: no control characters; a blank note is no note.
  for (const entry of Object.values(result.progress.milestones)) {
    const note = entry.note && cleanNote(entry.note);
    if (note) entry.note = note;
    else delete entry.note;
  }
  return result;
}
