import type { RoadmapIndex } from '../progress/roadmap-index.ts';
import { milestoneKey } from '../paths.ts';
import type { StageEntry } from './order.ts';

/**
 * The roadmap as the browser needs it for progress: every stage (or only `onlyStage`),
 * and the renamed-milestone map of the whole roadmap, so old progress carries over anywhere.
 */
export function buildRoadmapIndex(stages: readonly StageEntry[], onlyStage?: string): RoadmapIndex {
  const aliases: Record<string, string> = {};
  for (const stage of stages) {
    for (const m of stage.data.milestones) {
      for (const alias of m.aliases) aliases[milestoneKey(stage.id, alias)] = milestoneKey(stage.id, m.id);
    }
  }
  return {
    stages: stages
      .filter((s) => !onlyStage || s.id === onlyStage)
      .map((s) => ({
        id: s.id,
        title: s.data.title,
        prerequisites: s.data.prerequisites,
        milestones: s.data.milestones.map((m) => ({ id: m.id, title: m.title, hours: m.hours })),
      })),
    aliases,
  };
}

/** JSON that is safe inside a `<script>` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
