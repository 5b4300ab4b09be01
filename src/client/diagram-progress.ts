import { completed, summarise } from '../progress/summary.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress, roadmapIndex } from './progress.ts';

/**
 * `<mlr-diagram-progress>`: fills each stage's bar in the roadmap picture it wraps, done and then
 * skipped, and marks stages with a milestone in progress. The picture is visual only: the stage
 * list below it gives the same progress as text.
 */
class DiagramProgress extends ProgressElement {
  protected render() {
    const { stages } = summarise(roadmapIndex, currentProgress());
    for (const link of this.querySelectorAll<SVGAElement>('a[data-diagram-stage]')) {
      const tally = stages[link.dataset.diagramStage ?? ''];
      const fill = link.querySelector<SVGRectElement>('.fill');
      const skipped = link.querySelector<SVGRectElement>('.fill-skipped');
      if (!tally || !fill || !skipped) continue;
      const unit = tally.total ? Number(fill.dataset.width) / tally.total : 0;
      fill.setAttribute('width', String(unit * tally.done));
      skipped.setAttribute('x', String(Number(fill.getAttribute('x')) + unit * tally.done));
      skipped.setAttribute('width', String(unit * tally.skipped));
      link.toggleAttribute('data-complete', tally.total > 0 && completed(tally) === tally.total);
      link.toggleAttribute('data-doing', tally.doing > 0);
    }
  }
}

define('mlr-diagram-progress', DiagramProgress);
