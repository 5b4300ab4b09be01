import type { Phase } from '../content/schema.ts';
import { byPhase, type StageEntry } from './order.ts';

/** Geometry of the home page's roadmap picture, in SVG user units. */
export const NODE = { width: 190, height: 80, gapX: 25, gapY: 50, perRow: 3, pad: 10, label: 26 } as const;

export interface DiagramNode {
  id: string;
  order: number;
  lines: string[];
  x: number;
  y: number;
}

export interface Diagram {
  width: number;
  height: number;
  bands: { phase: Phase; label: string; y: number }[];
  nodes: DiagramNode[];
  /** Prerequisite arrows as SVG path data, from the prerequisite to the stage that needs it. */
  edges: { from: string; to: string; d: string }[];
}

/** Splits a title into at most `most` lines of about `max` characters, with an ellipsis if cut. */
export function wrapTitle(title: string, max = 21, most = 3): string[] {
  const lines: string[] = [''];
  for (const word of title.split(/\s+/)) {
    const current = lines[lines.length - 1] ?? '';
    if (!current || `${current} ${word}`.length <= max)
      lines[lines.length - 1] = current ? `${current} ${word}` : word;
    else lines.push(word);
  }
  if (lines.length <= most) return lines;
  const last = lines.slice(most - 1).join(' ');
  return [...lines.slice(0, most - 1), `${last.slice(0, max - 1).trimEnd()}…`];
}

/** Lays the stages out by phase, three to a row, and draws each prerequisite as a curve. */
export function layoutDiagram(stages: readonly StageEntry[]): Diagram {
  const { width: w, height: h, gapX, gapY, perRow, pad, label } = NODE;
  const bands: Diagram['bands'] = [];
  const nodes: DiagramNode[] = [];
  let y = pad;
  for (const group of byPhase(stages)) {
    bands.push({ phase: group.phase, label: group.label, y: y + label - 8 });
    y += label;
    group.stages.forEach((stage, i) => {
      const row = Math.floor(i / perRow);
      const col = i % perRow;
      nodes.push({
        id: stage.id,
        order: stage.data.order,
        lines: wrapTitle(`${stage.data.order}. ${stage.data.title}`),
        x: pad + col * (w + gapX),
        y: y + row * (h + gapY),
      });
    });
    y += Math.ceil(group.stages.length / perRow) * (h + gapY);
  }
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: Diagram['edges'] = [];
  for (const stage of stages) {
    const to = at.get(stage.id);
    for (const prerequisite of stage.data.prerequisites) {
      const from = at.get(prerequisite);
      if (!from || !to) continue;
      edges.push({ from: from.id, to: to.id, d: curve(from, to) });
    }
  }
  return { width: 2 * pad + perRow * w + (perRow - 1) * gapX, height: y - gapY + pad, bands, nodes, edges };
}

function curve(from: DiagramNode, to: DiagramNode): string {
  const { width: w, height: h, gapX } = NODE;
  if (from.y === to.y && Math.abs(from.x - to.x) === w + gapX) {
    // Neighbours in a row: a short arrow between them.
    const [x1, x2] = from.x < to.x ? [from.x + w, to.x] : [from.x, to.x + w];
    return `M${x1} ${from.y + h / 2} L${x2} ${to.y + h / 2}`;
  }
  if (from.y === to.y) {
    // Further along the same row: dip under the stages in between.
    const [x1, x2, y] = [from.x + w / 2, to.x + w / 2, from.y + h];
    return `M${x1} ${y} C${x1} ${y + 34} ${x2} ${y + 34} ${x2} ${y}`;
  }
  const [x1, y1, x2, y2] = [from.x + w / 2, from.y + h, to.x + w / 2, to.y];
  const bend = Math.max(24, (y2 - y1) / 2);
  return `M${x1} ${y1} C${x1} ${y1 + bend} ${x2} ${y2 - bend} ${x2} ${y2}`;
}
