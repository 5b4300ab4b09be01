import type { ImportPreview } from './transfer.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What an import would do, in words: the one preview shown for a file (progress page) and for a
 * link (send page), so both read alike. `source` names what is imported ("backup.json", "This link").
 */
export function importPreviewText(source: string, p: ImportPreview): string {
  const { merge, replace } = p.overwritten;
  const risk =
    merge || replace
      ? ` Merge would overwrite ${plural(merge, 'note')} of yours and Replace ${plural(replace, 'note')}; ` +
        'either way they stay in the backup made before the import.'
      : '';
  return (
    `${source}: ${plural(p.added, 'new milestone')}, ${p.alreadyDone} already the same here, ` +
    `${p.differing} in another state here, ${p.unknown} not in the roadmap (kept, not counted), ` +
    `${plural(p.notes, 'note')}. Merge keeps, for each milestone, whichever change is later; ` +
    `Replace makes the file's progress yours.${risk}`
  );
}
