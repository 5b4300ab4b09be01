import type { Resource } from '../content/schema.ts';
import type { CheckedStage } from '../content/checks/cross-checks.ts';
import { milestonePath, stagePath } from '../paths.ts';
import { phaseLabels } from '../roadmap/order.ts';
import { stageSections } from './sections.ts';
import { markdownToText } from './tex-text.ts';

/** What a search hit is; stage pages carry `Stage text` themselves (see pages/stages/[id].astro). */
export const hitTypes = ['Stage text', 'Milestone', 'Resource', 'Self-check'] as const;
export type HitType = (typeof hitTypes)[number];

/** A Pagefind custom record: one stage section, milestone, resource or self-check question. */
export interface SearchRecord {
  /** Site path without the base, e.g. `/stages/mathematics/#svd-by-hand`. */
  url: string;
  content: string;
  language: 'en';
  meta: { title: string; stage: string };
  filters: { phase: string[]; type: HitType[] };
}

/**
 * Separate records for stage sections, milestones, resources and self-check questions, so that a hit
 * lands on the exact item and results can be filtered by what they are. A section record holds its
 * heading only (the page record has the text): a stage page is long, so a topic it gives a section to
 * would otherwise rank below short records that merely mention it, and the index stays small.
 */
export function searchRecords(
  stages: readonly CheckedStage[],
  resources: readonly Resource[],
): SearchRecord[] {
  const records: SearchRecord[] = [];
  const citedBy = new Map<string, CheckedStage>();
  const ordered = [...stages].sort((a, b) => a.data.order - b.data.order);
  for (const stage of ordered) {
    const { title, phase, milestones, selfCheck } = stage.data;
    const base = { language: 'en' as const, filters: { phase: [phaseLabels[phase]] } };
    for (const section of stageSections(stage.body)) {
      records.push({
        ...base,
        url: `${stagePath(stage.id)}#${section.id}`,
        content: `${section.title}. A section of ${title}.`,
        meta: { title: section.title, stage: title },
        filters: { ...base.filters, type: ['Stage text'] },
      });
    }
    for (const m of milestones) {
      records.push({
        ...base,
        url: milestonePath(stage.id, m.id),
        content: `${m.title}. ${m.kind} milestone, about ${m.hours} hours, in ${title}.`,
        meta: { title: m.title, stage: title },
        filters: { ...base.filters, type: ['Milestone'] },
      });
      for (const id of m.resources) if (!citedBy.has(id)) citedBy.set(id, stage);
    }
    for (const id of stage.data.resources) if (!citedBy.has(id)) citedBy.set(id, stage);
    selfCheck.forEach((check, i) => {
      // Results show the title and an excerpt of the content as text: math must read as text too.
      const question = markdownToText(check.question);
      records.push({
        ...base,
        url: `${stagePath(stage.id)}#check-${i + 1}`,
        content: `${question} ${markdownToText(check.answer)}`,
        meta: { title: question, stage: title },
        filters: { ...base.filters, type: ['Self-check'] },
      });
    });
  }
  for (const r of resources) {
    const stage = citedBy.get(r.id);
    if (!stage) continue;
    records.push({
      language: 'en',
      url: `${stagePath(stage.id)}#resource-${r.id}`,
      content: `${r.title}. ${r.author ?? ''} ${r.type}, ${r.cost}.`,
      meta: { title: r.title, stage: stage.data.title },
      filters: { phase: [phaseLabels[stage.data.phase]], type: ['Resource'] },
    });
  }
  return records;
}
