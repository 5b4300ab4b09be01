import { contentDir } from '../../src/content/content-dir.ts';
import { readContent } from '../../src/content/checks/read-content.ts';

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{6,}/g) ?? []);

/**
 * A word that appears in one stage's prose and nowhere else: not in its frontmatter (title,
 * milestones, summary) and not in any other stage. Proves search reads body text.
 */
export function bodyOnlyWord(stageId: string): string {
  const { stages } = readContent(contentDir);
  const target = stages.find((s) => s.id === stageId);
  if (!target) throw new Error(`no stage ${stageId} in ${contentDir}`);
  const elsewhere = new Set<string>();
  for (const s of stages) {
    for (const w of words(JSON.stringify(s.data))) elsewhere.add(w);
    if (s !== target) for (const w of words(s.body)) elsewhere.add(w);
  }
  // Prose only: leave out code, math and link targets, which search does not promise to match.
  const prose = target.body.replace(/```[\s\S]*?```|\$\$[\s\S]*?\$\$|\$[^$\n]*\$|`[^`]*`|\]\([^)]*\)/g, ' ');
  const candidates = [...words(prose)].filter((w) => !elsewhere.has(w)).sort((a, b) => b.length - a.length);
  const word = candidates[0];
  if (!word) throw new Error(`stage ${stageId} has no word of its own in its body`);
  return word;
}
