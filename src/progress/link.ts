import { readImportFile, type ImportResult } from './import-file.ts';
import type { Progress } from './model.ts';
import { MAX_IMPORT_BYTES, exportProgress } from './transfer.ts';

/**
 * Progress carried in a link's fragment (`…/send/#progress=…`): the export file, compact, compressed
 * with zlib's deflate and written in base64url. The fragment never leaves the browser (it is not sent
 * with the request), and zlib's Adler-32 checksum makes a changed or cut link fail to decode instead
 * of reading as other progress. What decodes then goes through the same checks as an import file.
 */
export const LINK_PARAM = 'progress';

/** Characters a QR code holds in byte mode at the lowest error correction (version 40-L). */
export const QR_MAX_BYTES = 2953;

const toBase64Url = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Runs bytes through a (de)compression stream; stops past `limit` bytes of output (a zip bomb). */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

/** The fragment (without `#`) that carries this progress. */
export async function progressFragment(progress: Progress, now: Date): Promise<string> {
  const json = JSON.stringify(JSON.parse(exportProgress(progress, now)));
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate'));
  return `${LINK_PARAM}=${toBase64Url(packed)}`;
}

/** Whether a fragment (with or without `#`) carries progress: then the page should read it. */
export const carriesProgress = (hash: string): boolean => hash.replace(/^#/, '').startsWith(`${LINK_PARAM}=`);

const DAMAGED =
  'This link is damaged or incomplete, so it cannot be read. Copy the whole link again on the other device, or use Export and Import instead.';

/** Reads the progress a fragment carries, with the checks of an import file; never throws. */
export async function readProgressFragment(hash: string): Promise<ImportResult> {
  const data = hash.replace(/^#/, '').slice(LINK_PARAM.length + 1);
  const bytes = carriesProgress(hash) ? fromBase64Url(data) : null;
  if (!bytes || bytes.length === 0) return { ok: false, message: DAMAGED };
  let text: string;
  try {
    const json = await pipe(bytes, new DecompressionStream('deflate'), MAX_IMPORT_BYTES);
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch (error) {
    if (error instanceof RangeError)
      return { ok: false, message: 'This link holds more than 1 MB of data: it is not a progress link.' };
    return { ok: false, message: DAMAGED };
  }
  const size = new TextEncoder().encode(text).length;
  return readImportFile({ name: 'The progress in this link', size, text: async () => text });
}
