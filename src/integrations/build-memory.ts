import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';

/**
 * Why this exists: since Node 22 (V8 12+), heap pages that a garbage collection frees stay mapped in
 * a pool until a memory-reducing collection, which V8 schedules only when the process goes idle. A
 * build is never idle, so its resident memory ratchets up to the most garbage it ever held: at 50x
 * content the bundling step alone reached 2.8 GB although its live heap never passed 600 MB.
 * Asking for that collection when memory has grown hands the pages back to the system.
 */

/** What a release needs, passed in so the policy can be tested without a real heap. */
export interface MemoryProbe {
  /** Resident set size of this process in bytes. */
  rss: () => number;
  /** A full, memory-reducing garbage collection. */
  collect: () => void;
}

/** Growth since the last release that makes the next check collect. */
export const RELEASE_STEP = 256 * 2 ** 20;

/**
 * A check to call often (it costs a counter read): it collects once resident memory has grown by
 * `step` since the last collection, so the cost follows the growth, not the number of calls.
 */
export function memoryReleaser(probe: MemoryProbe, step = RELEASE_STEP) {
  let floor = probe.rss();
  return {
    /** Collects if memory grew by `step`; returns whether it did. */
    check(): boolean {
      if (probe.rss() - floor < step) return false;
      this.release();
      return true;
    },
    /** Collects now, and measures growth from what is left. */
    release(): void {
      probe.collect();
      floor = probe.rss();
    },
  };
}

/**
 * V8's `gc()` without `--expose-gc` on the command line (as Jest's leak detector does): `astro build`
 * is started by the user, so we cannot choose its flags. `last-resort` is the flavour that empties
 * the page pool.
 */
export function nodeMemoryProbe(): MemoryProbe {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: object) => void;
  setFlagsFromString('--no-expose-gc');
  return {
    rss: () => process.memoryUsage.rss(),
    collect: () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' }),
  };
}

/**
 * Keeps `astro build` near its live memory: checks while Vite transforms and bundles modules, and
 * releases everything before `astro:build:done`, so the Pagefind indexer that the next integration
 * starts does not sit beside a process swollen with freed pages. List it before the Pagefind step.
 */
export function buildMemory(): AstroIntegration {
  let releaser: ReturnType<typeof memoryReleaser> | undefined;
  const check = () => {
    releaser?.check();
  };
  return {
    name: 'mlr:build-memory',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        releaser = memoryReleaser(nodeMemoryProbe());
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mlr:build-memory',
                apply: 'build',
                transform: check,
                renderChunk: check,
                buildEnd: check,
              },
            ],
          },
        });
      },
      'astro:build:generated': check,
      'astro:build:done': ({ logger }) => {
        if (!releaser) return;
        const before = process.memoryUsage.rss();
        releaser.release();
        const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
        logger.info(
          `resident memory ${mib(before)} MiB → ${mib(process.memoryUsage.rss())} MiB before indexing`,
        );
      },
    },
  };
}
