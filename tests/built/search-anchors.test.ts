import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/checks/check-content.ts';
import { readContent } from '../../src/content/checks/read-content.ts';
import { contentDir } from '../../src/content/content-dir.ts';
import { progressPath, stagePath } from '../../src/paths.ts';
import { searchRecords } from '../../src/search/records.ts';

/**
 * Every search record's deep link lands on an element of the built page: the section ids worked out from
 * the Markdown (search/sections.ts) are the ones Astro gave the headings, and milestone, question and
 * resource ids are still there.
 */
describe('search records in dist/', () => {
  it('each link to a place on a stage page finds an element with that id', () => {
    const { stages, resources } = checkContent(readContent(contentDir));
    const pages = new Map<string, string>();
    const missing = searchRecords(stages, resources).filter((record) => {
      const [path = '', id] = record.url.split('#');
      if (!pages.has(path)) pages.set(path, readFileSync(`dist${path}index.html`, 'utf8'));
      return id !== undefined && !pages.get(path)!.includes(` id="${id}"`);
    });
    expect(missing.map((r) => r.url)).toEqual([]);
  }, 60_000);

  // Pagefind turns an element with an id and `data-pagefind-title` into a sub-result of its page.
  it('names each milestone of a stage page as a sub-result, and nothing on /progress/, which is not indexed', () => {
    const { stages } = checkContent(readContent(contentDir));
    for (const stage of stages) {
      const html = readFileSync(`dist${stagePath(stage.id)}index.html`, 'utf8');
      const titled = html.match(/ data-milestone="[^"]*" data-pagefind-title="/g) ?? [];
      expect(titled.length, stage.id).toBe(stage.data.milestones.length);
    }
    const progress = readFileSync(`dist${progressPath}index.html`, 'utf8');
    expect(progress.includes('data-pagefind'), 'a data-pagefind attribute on /progress/').toBe(false);
  }, 60_000);
});
