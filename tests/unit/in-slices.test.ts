import { describe, expect, it } from 'vitest';
import { createSlicer } from '../../src/client/in-slices.ts';

/** A clock that work advances by hand, and the tasks queued for later, run one at a time. */
function lab() {
  let time = 0;
  const tasks: (() => void)[] = [];
  const slicer = createSlicer({ now: () => time, later: (run) => tasks.push(run) }, 8);
  return {
    slicer,
    spend: (ms: number) => (time += ms),
    tasks,
    runTask: () => tasks.shift()!(),
  };
}

describe('createSlicer', () => {
  it('runs nothing in the current task, then everything in order', () => {
    const { slicer, tasks, runTask } = lab();
    const ran: number[] = [];
    for (const n of [1, 2, 3]) slicer(() => ran.push(n));
    expect(ran).toEqual([]);
    expect(tasks).toHaveLength(1);
    runTask();
    expect(ran).toEqual([1, 2, 3]);
    expect(tasks).toHaveLength(0);
  });

  it('yields once a task has spent its slice, and goes on in the next one', () => {
    const { slicer, spend, tasks, runTask } = lab();
    const ran: number[] = [];
    for (const n of [1, 2, 3, 4, 5]) slicer(() => (ran.push(n), spend(3)));
    runTask();
    // 3 ms each: the third one passes 8 ms, so the task ends after it.
    expect(ran).toEqual([1, 2, 3]);
    expect(tasks).toHaveLength(1);
    runTask();
    expect(ran).toEqual([1, 2, 3, 4, 5]);
    expect(tasks).toHaveLength(0);
  });

  it('runs a long item alone, and work queued meanwhile after it', () => {
    const { slicer, spend, tasks, runTask } = lab();
    const ran: string[] = [];
    slicer(() => {
      ran.push('long');
      spend(50);
      slicer(() => ran.push('queued during'));
    });
    slicer(() => ran.push('next'));
    runTask();
    expect(ran).toEqual(['long']);
    runTask();
    expect(ran).toEqual(['long', 'next', 'queued during']);
    expect(tasks).toHaveLength(0);
  });

  it('copes with work that queues more as the queue runs dry', () => {
    const { slicer, tasks, runTask } = lab();
    const ran: string[] = [];
    slicer(() => (ran.push('first'), slicer(() => ran.push('second'))));
    runTask();
    expect(ran).toEqual(['first', 'second']);
    // A drain may still be due; it finds nothing to do and must not throw.
    while (tasks.length > 0) runTask();
    expect(ran).toEqual(['first', 'second']);
  });

  it('starts a new round when work comes after the queue ran dry', () => {
    const { slicer, tasks, runTask } = lab();
    const ran: number[] = [];
    slicer(() => ran.push(1));
    runTask();
    slicer(() => ran.push(2));
    expect(tasks).toHaveLength(1);
    runTask();
    expect(ran).toEqual([1, 2]);
  });
});
