import { describe, expect, it } from 'vitest';
import { memoryReleaser, nodeMemoryProbe, RELEASE_STEP } from '../../src/integrations/build-memory.ts';

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
  // The premise of the module: an ordinary collection leaves freed pages resident, this one does not.
  it('hands the pages of freed objects back to the system', () => {
    const probe = nodeMemoryProbe();
    probe.collect();
    const before = probe.rss();
    let garbage: { n: number; s: string; list: number[] }[] | undefined = [];
    for (let i = 0; i < 1_500_000; i++) garbage.push({ n: i, s: `item ${i}`, list: [i, i + 1] });
    const grown = probe.rss();
    expect(grown - before).toBeGreaterThan(100 * MiB);
    garbage = undefined;
    probe.collect();
    expect(grown - probe.rss()).toBeGreaterThan(100 * MiB);
  });
});
