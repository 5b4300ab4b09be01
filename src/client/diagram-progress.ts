import { summarise } from '../progress/summary.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { roadmapIndex, store } from './progress.ts';

/**
 * `<mlr-diagram-progress>`: fills each stage's bar in the roadmap picture it wraps. The bars are
 * visual only: the stage list below the picture gives the same progress as text.
 */
class DiagramProgress extends ProgressElement {
  protected render() {
    const { stages } = summarise(roadmapIndex, store.get());
    for (const link of this.querySelectorAll<SVGAElement>('a[data-diagram-stage]')) {
      const tally = stages[link.dataset.diagramStage ?? ''];
      const fill = link.querySelector<SVGRectElement>('.fill');
      if (!tally || !fill) continue;
      const full = Number(fill.dataset.width);
      fill.setAttribute('width', String(tally.total ? (full * tally.done) / tally.total : 0));
      link.toggleAttribute('data-complete', tally.total > 0 && tally.done === tally.total);
    }
  }
}

define('mlr-diagram-progress', DiagramProgress);
