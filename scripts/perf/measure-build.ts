/**
 * Runs `astro build` in a project folder and measures its wall time and peak memory.
 *
 * Memory is the peak, over samples every 100 ms, of the summed resident set size (VmRSS in
 * /proc/<pid>/status) of the build process and all its descendants: Astro itself, esbuild's
 * service and Pagefind's indexer. A spike shorter than a sample can be missed; pages shared
 * between processes count once per process, so the sum can only overstate. Linux only: elsewhere
 * the peak is reported as unknown.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Where the memory goes: Astro's own process, Pagefind's indexer, anything else it starts. */
export type BuildPart = 'astro' | 'pagefind' | 'other';

export interface BuildRun {
  /** Wall time of the whole `astro build`, start to exit. */
  ms: number;
  /** Peak summed RSS of the build's process tree in bytes; undefined without /proc. */
  peakRss: number | undefined;
  /** Each part's own peak RSS in bytes (they need not peak together): Astro's process, Pagefind's indexer. */
  partPeaks: Record<BuildPart, number>;
  /** The build's output, for when it fails. */
  logFile: string;
}

/** Parent of every process, from /proc/<pid>/stat (the field after the parenthesised name). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

function partOf(pid: number, root: number): BuildPart {
  if (pid === root) return 'astro';
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind') ? 'pagefind' : 'other';
  } catch {
    return 'other';
  }
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** RSS of a process and all its descendants, summed by part. */
export function treeRss(root: number): Record<BuildPart, number> {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const parts = { astro: 0, pagefind: 0, other: 0 };
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    parts[partOf(pid, root)] += rssBytes(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return parts;
}

/**
 * Builds the project at `root` with its own Astro (node + astro's bin, not `npx`, so npm's
 * process is not measured) and resolves when the build exits; rejects if it fails.
 */
export function measureBuild(root: string, args: string[] = []): Promise<BuildRun> {
  const logFile = join(root, 'build.log');
  const log = openSync(logFile, 'w');
  const sampling = existsSync('/proc/self/status');
  const start = performance.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let peak = 0;
  const partPeaks = { astro: 0, pagefind: 0, other: 0 };
  const sample = () => {
    if (!child.pid) return;
    const parts = treeRss(child.pid);
    peak = Math.max(peak, parts.astro + parts.pagefind + parts.other);
    for (const part of Object.keys(parts) as BuildPart[])
      partPeaks[part] = Math.max(partPeaks[part], parts[part]);
  };
  const timer = sampling ? setInterval(sample, 100) : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - start;
      clearInterval(timer);
      closeSync(log);
      if (code !== 0) {
        const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
        reject(new Error(`astro build in ${root} exited with ${code}:\n${tail}`));
      } else resolve({ ms, peakRss: sampling ? peak : undefined, partPeaks, logFile });
    });
  });
}
