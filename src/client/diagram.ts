import { summarise } from '../progress/summary.ts';
import { roadmapIndex, store, subscribe } from './progress.ts';

/**
 * Fills each stage's bar in the roadmap picture. The bars are visual only: the stage list
 * below the picture gives the same progress as text.
 */
const links = [...document.querySelectorAll<SVGAElement>('a[data-diagram-stage]')];

subscribe(() => {
  const { stages } = summarise(roadmapIndex, store.get());
  for (const link of links) {
    const tally = stages[link.dataset.diagramStage ?? ''];
    const fill = link.querySelector<SVGRectElement>('.fill');
    if (!tally || !fill) continue;
    const full = Number(fill.dataset.width);
    fill.setAttribute('width', String(tally.total ? (full * tally.done) / tally.total : 0));
    link.toggleAttribute('data-complete', tally.total > 0 && tally.done === tally.total);
  }
});
