import { readReview } from '../progress/review.ts';
import { withStageChoice } from '../progress/review-edits.ts';
import { setAsideBadReview } from '../progress/review-aside.ts';
import { inReview, reviewQueue } from '../progress/review-queue.ts';
import { GRADE_NAMES, withGrade, type ReviewGrade } from '../progress/review-schedule.ts';
import { nothingDueText, whenText } from '../progress/review-wording.ts';
import { define } from './define.ts';
import { ProgressElement } from './progress-element.ts';
import { currentProgress, editProgress } from './progress.ts';
import { reviewIndex } from './review-data.ts';
import { localStorageOrNull } from './storage.ts';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('input, textarea, select, button, summary, a') !== null;

/**
 * `<mlr-review>`: one due card at a time, from the questions listed (with answers) in its markup:
 * "Show answer" (Space), then Again/Hard/Good/Easy (1–4), then when it comes back. Also the
 * stages-in-review checkboxes. Without JavaScript the list of every question stays readable.
 */
class Review extends ProgressElement {
  /** The card on screen, kept while its answer shows even if a change elsewhere re-renders. */
  private current: string | undefined;
  /** What the last grade did, shown above the next card. */
  private graded = '';

  protected override connected() {
    const bad = setAsideBadReview(localStorageOrNull(), currentProgress(), new Date());
    if (bad && editProgress(() => bad))
      this.notice('Some saved review data could not be read; it was kept aside as a backup (see Progress).');
    this.child('show').addEventListener('click', () => this.reveal());
    this.addEventListener('click', (event) => {
      const grade = (event.target as Element).closest<HTMLElement>('[data-grade]')?.dataset.grade;
      if (grade) this.grade(Number(grade) as ReviewGrade);
    });
    this.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.dataset.stage) this.edit((p, now) => withStageChoice(p, box.dataset.stage!, box.checked, now));
    });
    document.addEventListener('keydown', this.onKey);
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-stage]')) box.disabled = false;
  }

  protected override disconnected() {
    document.removeEventListener('keydown', this.onKey);
  }

  private onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !this.current) return;
    const answered = !this.child('answer').hidden;
    if (event.key === ' ' && !answered && !isTyping(event.target)) {
      event.preventDefault();
      this.reveal();
    } else if (answered && /^[1-4]$/.test(event.key) && !(event.target instanceof HTMLInputElement)) {
      event.preventDefault();
      this.grade(Number(event.key) as ReviewGrade);
    }
  };

  private notice(text: string) {
    this.child('notice').textContent = text;
    this.child('notice').hidden = false;
  }

  private reveal() {
    this.child('answer').hidden = false;
    this.child('grades').hidden = false;
    this.child('show-row').hidden = true;
    this.child('answer').focus();
  }

  private grade(grade: ReviewGrade) {
    const key = this.current;
    if (!key || this.child('answer').hidden) return;
    const now = new Date();
    const graded = withGrade(currentProgress(), key, grade, now);
    const due = new Date(readReview(graded).review.cards[key]!.due);
    this.graded = `${GRADE_NAMES[grade]}: this card comes back ${whenText(due, now)}.`;
    this.current = undefined;
    if (!editProgress(() => graded)) this.graded += ' Not saved: this browser is not keeping data.';
    this.render();
    this.child(this.current ? 'question' : 'status').focus();
  }

  protected render() {
    const progress = currentProgress();
    const review = readReview(progress).review;
    const now = new Date();
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-stage]'))
      box.checked = inReview(progress, review, box.dataset.stage ?? '');
    const queue = reviewQueue(reviewIndex, progress, review, now);
    // A change from another tab must not swap the card under a learner reading its answer.
    if (this.current && queue.due.includes(this.current) && !this.child('answer').hidden) return;
    this.current = queue.due[0];
    const source = this.current
      ? this.querySelector<HTMLElement>(`details[data-key="${this.current}"]`)
      : null;
    this.child('card').hidden = !source;
    const nothing = source ? '' : nothingDueText(queue.next, queue.queued, now);
    this.child('status').textContent = [this.graded, nothing].filter(Boolean).join(' ');
    if (source) this.show(source);
    else this.current = undefined;
  }

  /** Puts one question on the card, its answer hidden: copied from the list, math already rendered. */
  private show(source: HTMLElement) {
    const title = reviewIndex.stages.find((s) => s.id === source.dataset.stage)?.title ?? '';
    this.child('from').textContent = `From ${title}`;
    this.child('question').textContent = source.querySelector('summary')?.textContent ?? '';
    const answer = source.querySelector('[data-part-of="answer"]');
    this.child('answer').replaceChildren(...[...(answer?.childNodes ?? [])].map((n) => n.cloneNode(true)));
    this.child('answer').hidden = true;
    this.child('grades').hidden = true;
    this.child('show-row').hidden = false;
  }
}

define('mlr-review', Review);
