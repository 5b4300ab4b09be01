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

export interface BuildRun {
  /** Wall time of the whole `astro build`, start to exit. */
  ms: number;
  /** Peak summed RSS of the build's process tree in bytes; undefined without /proc. */
  peakRss: number | undefined;
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

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS of a process and all its descendants. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rssBytes(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
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
  const sample = () => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
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
      } else resolve({ ms, peakRss: sampling ? peak : undefined, logFile });
    });
  });
}
