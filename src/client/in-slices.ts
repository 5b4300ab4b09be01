/**
 * Runs work after the current task, a few milliseconds' worth per task. Enhancing every element of
 * /progress/ (14 checklists, 200 milestones) in the task that defines them blocked input for about
 * 0.7 s on a phone-speed CPU; in slices, a tap or a key is handled between two of them.
 */
const SLICE_MS = 8;

/** What a slicer needs: a clock in ms and a way to run a function in a later task. */
export interface SliceDeps {
  now: () => number;
  later: (run: () => void) => void;
}

/** A queue whose work runs in order, in tasks of at most about `sliceMs` each (one item at least). */
export function createSlicer({ now, later }: SliceDeps, sliceMs = SLICE_MS) {
  const queue: (() => void)[] = [];
  const drain = () => {
    const start = now();
    // At least one item per task, however long it takes, and no more once the slice is spent.
    while (queue.length > 0) {
      queue.shift()!();
      if (now() - start >= sliceMs) break;
    }
    if (queue.length > 0) later(drain);
  };
  return (work: () => void): void => {
    queue.push(work);
    if (queue.length === 1) later(drain);
  };
}

/** Queues `work` behind what is already queued, so elements still enhance in document order. */
export const inSlices = createSlicer({ now: () => performance.now(), later: (run) => setTimeout(run) });
