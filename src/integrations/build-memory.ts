import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { HookParameters } from 'astro';

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

/** V8's full collection, with the options `gc()` takes when exposed. */
export type Gc = (options: { type: 'major'; execution: 'sync'; flavor?: 'last-resort' }) => void;

/**
 * V8's `gc()` without `--expose-gc` on the command line (as Jest's leak detector does): `astro build`
 * is started by the user, so we cannot choose its flags.
 */
export function exposeGc(): Gc {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as Gc;
  setFlagsFromString('--no-expose-gc');
  return gc;
}

/** `last-resort` is the flavour that empties the page pool; a plain major collection does not. */
export function nodeMemoryProbe(gc: Gc = exposeGc()): MemoryProbe {
  return {
    rss: () => process.memoryUsage.rss(),
    collect: () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' }),
  };
}

/** The probe, or null where this Node no longer hands out `gc()` this way (the premise is gone). */
function probeOrNull(): MemoryProbe | null {
  try {
    return nodeMemoryProbe();
  } catch {
    return null;
  }
}

/**
 * Keeps `astro build` near its live memory: a Vite plugin checks while modules are transformed and
 * bundled, and `release()` collects everything before the search index is built, so Pagefind's indexer
 * does not sit beside a process swollen with freed pages. Says so when it could not engage.
 */
export function buildMemoryGuard(probe: MemoryProbe | null = probeOrNull()) {
  const releaser = probe && memoryReleaser(probe);
  const check = () => {
    releaser?.check();
  };
  return {
    vitePlugin: {
      name: 'mlr:build-memory',
      apply: 'build' as const,
      transform: check,
      renderChunk: check,
      buildEnd: check,
    },
    release({ logger }: Pick<HookParameters<'astro:build:done'>, 'logger'>): void {
      if (!releaser || !probe) {
        logger.warn(
          'build memory: V8 did not hand out gc(), so freed heap pages stay resident during indexing; ' +
            'see src/integrations/build-memory.ts',
        );
        return;
      }
      const before = probe.rss();
      releaser.release();
      const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
      logger.info(`resident memory ${mib(before)} MiB → ${mib(probe.rss())} MiB before indexing`);
    },
  };
}
