import type { WhatsNew } from './whats-new.ts';

const milestones = (n: number) => `${n} ${n === 1 ? 'milestone' : 'milestones'}`;

/**
 * The notice in words: what was added (and how much of it landed in stages the learner had
 * finished), why the percentage moved, and what disappeared. One sentence each, so a screen reader
 * reads it as a short status message.
 */
export function whatsNewText({ added, inFinished, gone }: WhatsNew): string[] {
  const lines: string[] = [];
  if (added.length) {
    const finished = inFinished ? `, ${inFinished} in stages you had finished` : '';
    lines.push(`${milestones(added.length).replace(' ', ' new ')} since your last visit${finished}.`);
    lines.push(
      `They count towards your progress, so your percentage is lower than before: nothing you ticked was lost.`,
    );
  }
  if (gone.length)
    lines.push(
      `${milestones(gone.length)} from your last visit ${gone.length === 1 ? 'is' : 'are'} no longer in the roadmap; anything you saved on ${gone.length === 1 ? 'it' : 'them'} is kept on your progress page.`,
    );
  return lines;
}
