import { describe, expect, it } from 'vitest';
import {
  buildMemoryGuard,
  exposeGc,
  memoryReleaser,
  nodeMemoryProbe,
  RELEASE_STEP,
} from '../../src/integrations/build-memory.ts';

const MiB = 2 ** 20;

/** A fake process: `grow` adds resident memory, a collection frees all but `live`. */
function fakeProcess(start: number, live: number) {
  let rss = start;
  const collections: number[] = [];
  return {
    probe: {
      rss: () => rss,
      collect: () => {
        collections.push(rss);
        rss = live;
      },
    },
    grow: (bytes: number) => {
      rss += bytes;
    },
    setLive: (bytes: number) => {
      live = bytes;
    },
    collections,
  };
}

describe('memoryReleaser', () => {
  it('does not collect while memory grows less than a step', () => {
    const proc = fakeProcess(500 * MiB, 400 * MiB);
    const releaser = memoryReleaser(proc.probe, 256 * MiB);
    proc.grow(255 * MiB);
    expect(releaser.check()).toBe(false);
    expect(proc.collections).toEqual([]);
  });

  it('collects once memory has grown by a step, then measures from what is left', () => {
    const proc = fakeProcess(500 * MiB, 400 * MiB);
    const releaser = memoryReleaser(proc.probe, 256 * MiB);
    proc.grow(300 * MiB);
    expect(releaser.check()).toBe(true);
    expect(proc.collections).toEqual([800 * MiB]);
    // Now at 400 MiB: 200 MiB more is under a step, 300 MiB more is over it.
    proc.grow(200 * MiB);
    expect(releaser.check()).toBe(false);
    proc.grow(100 * MiB);
    expect(releaser.check()).toBe(true);
    expect(proc.collections).toHaveLength(2);
  });

  it('does not collect again and again when the memory that is left is live', () => {
    const proc = fakeProcess(500 * MiB, 500 * MiB);
    const releaser = memoryReleaser(proc.probe, 256 * MiB);
    proc.grow(400 * MiB);
    proc.setLive(900 * MiB);
    expect(releaser.check()).toBe(true);
    for (let i = 0; i < 10; i++) expect(releaser.check()).toBe(false);
    expect(proc.collections).toHaveLength(1);
  });

  it('release collects whatever the growth, and uses a 256 MiB step by default', () => {
    const proc = fakeProcess(500 * MiB, 450 * MiB);
    const releaser = memoryReleaser(proc.probe);
    releaser.release();
    expect(proc.collections).toEqual([500 * MiB]);
    expect(RELEASE_STEP).toBe(256 * MiB);
    proc.grow(RELEASE_STEP - 1);
    expect(releaser.check()).toBe(false);
    proc.grow(1);
    expect(releaser.check()).toBe(true);
  });
});

describe('nodeMemoryProbe', () => {
  /**
   * The premise of the module, against the plain alternative: after the same garbage is dropped, an
   * ordinary major collection leaves its pages resident and the last-resort one hands them back. If a
   * future Node returns the pages on its own, this fails, and the module should go.
   */
  it('hands back pages that an ordinary major collection keeps', { timeout: 60_000 }, () => {
    const gc = exposeGc();
    const probe = nodeMemoryProbe(gc);
    probe.collect();
    const before = probe.rss();
    let garbage: { n: number; s: string; list: number[] }[] | undefined = [];
    for (let i = 0; i < 1_500_000; i++) garbage.push({ n: i, s: `item ${i}`, list: [i, i + 1] });
    const grown = probe.rss();
    expect(grown - before).toBeGreaterThan(100 * MiB);
    garbage = undefined;
    gc({ type: 'major', execution: 'sync' });
    const afterPlain = probe.rss();
    probe.collect();
    const afterLastResort = probe.rss();
    expect(afterPlain - afterLastResort, 'freed by last-resort beyond a plain collection').toBeGreaterThan(
      100 * MiB,
    );
  });
});

describe('buildMemoryGuard', () => {
  const logger = () => {
    const lines: string[] = [];
    const log = (line: string) => void lines.push(line);
    return { lines, logger: { info: log, warn: (line: string) => log(`warn: ${line}`) } };
  };
  type ReleaseParams = Parameters<ReturnType<typeof buildMemoryGuard>['release']>[0];

  it('collects before indexing and says how much it gave back', () => {
    const proc = fakeProcess(900 * MiB, 300 * MiB);
    const { lines, logger: log } = logger();
    buildMemoryGuard(proc.probe).release({ logger: log } as unknown as ReleaseParams);
    expect(proc.collections).toEqual([900 * MiB]);
    expect(lines).toEqual(['resident memory 900 MiB → 300 MiB before indexing']);
  });

  it('warns at the end of the build when it could not engage', () => {
    const { lines, logger: log } = logger();
    buildMemoryGuard(null).release({ logger: log } as unknown as ReleaseParams);
    expect(lines).toEqual([expect.stringMatching(/^warn: build memory: V8 did not hand out gc\(\)/)]);
  });
});
