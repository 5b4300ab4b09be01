import { href, stagePath } from '../paths.ts';
import { planOf, withPlan, type StudyPlan } from '../progress/plan.ts';
import { schedule } from '../progress/plan-schedule.ts';
import { describeSchedule, hours } from '../progress/plan-wording.ts';
import { formatDay } from '../progress/calendar-day.ts';
import { define } from './define.ts';
import { download } from './download.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress, roadmapIndex } from './progress.ts';

/**
 * `<mlr-study-plan>`: the plan form (hours a week, target date, stages in scope), the schedule it
 * gives in words and in a table, and the calendar download. The form is filled from the saved plan
 * once; later renders (a tick in another tab) update the schedule without undoing what is being typed.
 */
class StudyPlanElement extends ProgressElement {
  private filled = false;

  protected override connected() {
    this.child<HTMLFormElement>('form').addEventListener('submit', this.onSubmit);
    this.addEventListener('click', this.onClick);
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('[disabled]'))
      control.disabled = false;
  }

  protected override disconnected() {
    this.child<HTMLFormElement>('form').removeEventListener('submit', this.onSubmit);
    this.removeEventListener('click', this.onClick);
  }

  private get form() {
    return this.child<HTMLFormElement>('form');
  }

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(this.form);
    const stages = data.getAll('stage').map(String);
    const say = (text: string) => (this.child('message').textContent = text);
    if (stages.length === 0) {
      say('Choose at least one stage for your plan. Nothing changed.');
      return;
    }
    const all = stages.length === roadmapIndex.stages.length;
    const target = String(data.get('target') ?? '');
    const plan: StudyPlan = {
      hoursPerWeek: Number(data.get('hours')),
      ...(target && { target }),
      // Every stage is kept as "all", so a stage added to the roadmap later joins the plan.
      ...(!all && { stages }),
    };
    const saved = this.edit((p) => withPlan(p, plan));
    say(
      saved ? 'Plan saved.' : 'The plan could not be saved in this browser; it shows below until you leave.',
    );
  };

  private onClick = async (event: MouseEvent) => {
    if (!(event.target as HTMLElement).closest('[data-action="calendar"]')) return;
    const { calendarFileName, planCalendar } = await import('../progress/plan-calendar.ts');
    const now = new Date();
    const s = schedule(roadmapIndex, currentProgress(), planOf(currentProgress()), now);
    const url = (id: string) => new URL(href(stagePath(id)), location.href).href;
    download(calendarFileName(s), planCalendar(s, url, now), 'text/calendar');
  };

  private fill(plan: StudyPlan) {
    const field = (name: string) => this.form.elements.namedItem(name) as HTMLInputElement;
    field('hours').value = String(plan.hoursPerWeek);
    field('target').value = plan.target ?? '';
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="stage"]'))
      box.checked = !plan.stages || plan.stages.includes(box.value);
  }

  protected render() {
    const plan = planOf(currentProgress());
    if (!this.filled) this.fill(plan);
    this.filled = true;
    const s = schedule(roadmapIndex, currentProgress(), plan, new Date());
    this.child('summary').replaceChildren(
      ...describeSchedule(s).map((line) => Object.assign(document.createElement('p'), { textContent: line })),
    );
    this.child('rows').replaceChildren(
      ...s.stages.map((stage) => {
        const row = document.createElement('tr');
        const cells = stage.finish
          ? [hours(stage.hoursLeft), formatDay(stage.start!), formatDay(stage.finish)]
          : ['none', 'done', ''];
        const head = Object.assign(document.createElement('th'), { scope: 'row' });
        head.append(
          Object.assign(document.createElement('a'), {
            href: href(stagePath(stage.id)),
            textContent: stage.title,
          }),
        );
        row.append(
          head,
          ...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })),
        );
        return row;
      }),
    );
    this.child('schedule').hidden = false;
  }
}

define('mlr-study-plan', StudyPlanElement);
