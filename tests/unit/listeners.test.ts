import { describe, expect, it } from 'vitest';
import { createListeners } from '../../src/client/listeners.ts';

/** Listeners whose scheduled work waits in a list until a test runs it. */
function lab() {
  const scheduled: (() => void)[] = [];
  const listeners = createListeners((work) => scheduled.push(work));
  const runAll = () => scheduled.splice(0).forEach((work) => work());
  return { ...listeners, scheduled, runAll };
}

describe('createListeners', () => {
  it('calls a new listener at once, and after a change only once its turn comes', () => {
    const { subscribe, emit, runAll } = lab();
    const calls: string[] = [];
    subscribe(() => calls.push('a'));
    expect(calls).toEqual(['a']);
    emit();
    expect(calls).toEqual(['a']);
    runAll();
    expect(calls).toEqual(['a', 'a']);
  });

  it('runs a listener once for changes that come while it waits', () => {
    const { subscribe, emit, scheduled, runAll } = lab();
    let calls = 0;
    subscribe(() => calls++);
    emit();
    emit();
    expect(scheduled).toHaveLength(1);
    runAll();
    expect(calls).toBe(2);
    emit();
    runAll();
    expect(calls).toBe(3);
  });

  it('does not call a listener removed while it waited', () => {
    const { subscribe, emit, runAll } = lab();
    let calls = 0;
    const stop = subscribe(() => calls++);
    emit();
    stop();
    runAll();
    expect(calls).toBe(1);
  });

  it('schedules every listener, in the order they subscribed', () => {
    const { subscribe, emit, runAll } = lab();
    const calls: string[] = [];
    subscribe(() => calls.push('a'));
    subscribe(() => calls.push('b'));
    calls.length = 0;
    emit();
    runAll();
    expect(calls).toEqual(['a', 'b']);
  });
});
