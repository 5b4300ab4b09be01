import type { Phase, Stage } from '../content/schema.ts';
import { phases } from '../content/schema.ts';

/** A stage with its id, as pages use it. */
export interface StageEntry {
  id: string;
  data: Stage;
}

/** Human names of the phases, in roadmap order. */
export const phaseLabels: Record<Phase, string> = {
  foundations: 'Foundations',
  core: 'Core machine learning',
  engineering: 'Engineering and operations',
  career: 'Career',
};

/** Stages in roadmap order. */
export function inRoadmapOrder<T extends StageEntry>(stages: readonly T[]): T[] {
  return [...stages].sort((a, b) => a.data.order - b.data.order);
}

/** Stages grouped by phase, phases in roadmap order, empty phases left out. */
export function byPhase<T extends StageEntry>(
  stages: readonly T[],
): { phase: Phase; label: string; stages: T[] }[] {
  const ordered = inRoadmapOrder(stages);
  return phases
    .map((phase) => ({
      phase,
      label: phaseLabels[phase],
      stages: ordered.filter((s) => s.data.phase === phase),
    }))
    .filter((group) => group.stages.length > 0);
}

/** Total estimated hours of a stage's milestones. */
export function stageHours(stage: Stage): number {
  return stage.milestones.reduce((sum, m) => sum + m.hours, 0);
}
