import { isRecord } from './model.ts';

/** What the browser needs to know about the roadmap to summarise progress (built into pages). */
export interface RoadmapIndex {
  stages: {
    id: string;
    title: string;
    prerequisites: string[];
    milestones: { id: string; title: string; hours: number }[];
  }[];
  /** Former milestone keys mapped to current ones: `old-stage/old-id` → `stage/id`. */
  aliases: Record<string, string>;
}

/** Reads the index embedded by the page; a page without one gets an empty index. */
export function parseRoadmapIndex(json: string | null | undefined): RoadmapIndex {
  try {
    const value: unknown = json ? JSON.parse(json) : null;
    if (isRecord(value) && Array.isArray(value.stages) && isRecord(value.aliases))
      return value as unknown as RoadmapIndex;
  } catch {
    // Fall through: an empty index only means summaries show nothing.
  }
  return { stages: [], aliases: {} };
}
