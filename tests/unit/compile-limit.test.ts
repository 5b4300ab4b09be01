import { describe, expect, it } from 'vitest';
import { unified, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { limitMdxCompiles, slots } from '../../src/markdown/compile-limit.ts';

/** A task that finishes when the test says so, recording how many ran at once. */
function tracker() {
  let running = 0;
  let most = 0;
  const finish: (() => void)[] = [];
  const task =
    (value: string, fail = false) =>
    async () => {
      running++;
      most = Math.max(most, running);
      await new Promise<void>((done) => finish.push(done));
      running--;
      if (fail) throw new Error(`${value} failed`);
      return value;
    };
  const settle = async () => {
    // Let queued tasks start, then finish those in flight, until none is left.
    for (let i = 0; i < 20; i++) {
      await new Promise((tick) => setTimeout(tick, 0));
      finish.splice(0).forEach((done) => done());
    }
  };
  return { task, settle, most: () => most };
}

describe('slots', () => {
  it('runs at most `limit` tasks at once and returns each result', async () => {
    const run = slots(2);
    const t = tracker();
    const results = Promise.all(['a', 'b', 'c', 'd', 'e'].map((v) => run(t.task(v))));
    await t.settle();
    expect(await results).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(t.most()).toBe(2);
  });

  it('frees the slot of a task that fails', async () => {
    const run = slots(1);
    const t = tracker();
    const failing = run(t.task('x', true)).catch((error: Error) => error.message);
    const after = run(t.task('y'));
    await t.settle();
    expect(await failing).toBe('x failed');
    expect(await after).toBe('y');
    expect(t.most()).toBe(1);
  });
});

describe('limitMdxCompiles', () => {
  it('compiles at most `limit` MDX documents at a time and keeps the processor options', async () => {
    const t = tracker();
    const base = unified({});
    const fake: MarkdownProcessor<object> = {
      ...base,
      createMdxRenderer: async () => ({
        process: (content: string) =>
          t
            .task(content)()
            .then((code) => ({ code, astroMetadata: {} as never })),
      }),
    };
    const limited = limitMdxCompiles(fake, 3);
    expect(limited.options).toBe(base.options);
    expect(limited.name).toBe('unified');
    const renderer = await limited.createMdxRenderer!({}, { optimize: true });
    const done = Promise.all(
      Array.from({ length: 8 }, (_, i) => renderer.process(`doc ${i}`, `${i}.mdx`, {})),
    );
    await t.settle();
    expect((await done).map((r) => r.code)).toEqual(Array.from({ length: 8 }, (_, i) => `doc ${i}`));
    expect(t.most()).toBe(3);
    expect(limited.compiled(), 'documents that went through the limit').toBe(8);
  });

  it('leaves a processor that cannot compile MDX as it is, with a counter that stays at 0', () => {
    const plain = { name: 'plain', options: {}, createRenderer: unified({}).createRenderer };
    const limited = limitMdxCompiles(plain);
    expect(limited.createRenderer).toBe(plain.createRenderer);
    expect(limited.compiled()).toBe(0);
  });
});
