/**
 * The side-by-side comparison with Starlight: `../shared/bench/side-by-side.sh` (kept beside the
 * project, not in it) builds this project and Starlight 0.42 on the same content, one after the other
 * at each size, and prints a line per size. This runs it when it is there and reads its lines.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PeerRatio } from './budgets.ts';

/** One size as the script prints it: both builds' wall time and peak memory, and the ratios. */
export interface SideBySide extends PeerRatio {
  pages: number;
  ours: { seconds: number; mib: number };
  starlight: { seconds: number; mib: number };
}

const LINE =
  /^x(\d+) \((\d+) pages\): ours ([\d.]+) s (\d+) MiB \(exit 0\) \| Starlight ([\d.]+) s (\d+) MiB \(exit 0\) \| time ([\d.]+)x, memory ([\d.]+)x$/;

/** The sizes the script reported with both builds passing; any other line is left out. */
export function parseSideBySide(output: string): SideBySide[] {
  return output.split('\n').flatMap((line) => {
    const m = LINE.exec(line.trim());
    if (!m) return [];
    const [factor, pages, ow, om, tw, tm, time, memory] = m.slice(1).map(Number) as number[] & { length: 8 };
    return [
      {
        factor: factor!,
        pages: pages!,
        ours: { seconds: ow!, mib: om! },
        starlight: { seconds: tw!, mib: tm! },
        time: time!,
        memory: memory!,
      },
    ];
  });
}

/** Where the script is for a project, or undefined when the project was cloned on its own. */
export function sideBySideScript(project: string): string | undefined {
  const script = join(project, '..', 'shared', 'bench', 'side-by-side.sh');
  return existsSync(script) ? script : undefined;
}

/** Runs the script on the project at the given sizes; its progress and errors go to stderr. */
export function runSideBySide(
  script: string,
  project: string,
  factors: readonly number[],
): Promise<SideBySide[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script, project, ...factors.map(String)], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', () => resolve(parseSideBySide(output)));
  });
}
