import type { MarkdownProcessor } from '@astrojs/markdown-remark';

/** How many MDX documents compile at once; more buys no speed, since compiling runs on one thread. */
export const MDX_COMPILES_AT_ONCE = 2;

/** A counter of free slots; `run` waits for one, so at most `limit` tasks are in flight. */
export function slots(limit: number) {
  let free = limit;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (free > 0) free--;
    else await new Promise<void>((take) => waiting.push(take));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next task in line, or give it back.
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

/**
 * The same processor, compiling at most `limit` MDX documents at a time. Vite hands every stage to
 * the MDX compiler at once; unbounded, all their syntax trees (KaTeX and Shiki output above all)
 * are alive together, which at 50x content took the build's heap past 1.5 GB. `options` stays the
 * same object, so integrations that add plugins to it still reach the pipeline.
 */
export function limitMdxCompiles<P extends MarkdownProcessor<object>>(
  processor: P,
  limit = MDX_COMPILES_AT_ONCE,
): P & { compiled(): number } {
  const create = processor.createMdxRenderer;
  let compiled = 0;
  if (!create) return { ...processor, compiled: () => compiled };
  const run = slots(limit);
  return {
    ...processor,
    async createMdxRenderer(...args: Parameters<typeof create>) {
      const renderer = await create.apply(processor, args);
      return {
        process: (...doc) =>
          run(() => {
            compiled += 1;
            return renderer.process(...doc);
          }),
      };
    },
    /** How many MDX documents went through the limit: 0 after a build means it never engaged. */
    compiled: () => compiled,
  };
}
