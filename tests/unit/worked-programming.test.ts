import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Worked numbers in the programming, software-engineering, portfolio and ml-engineer-role stages,
// recomputed from their inputs. Each test fails if the prose and the arithmetic disagree.

const read = (id: string) => readFileSync(`content/stages/${id}.mdx`, 'utf8');
const programming = read('programming');
const softwareEngineering = read('software-engineering');
const portfolio = read('portfolio');
const role = read('ml-engineer-role');

const fmt = (n: number) => n.toLocaleString('en-US');
const MB = 1e6;
const GB = 1e9;
const TB = 1e12;

/** Sum of milestone hours in one stage file, read from its frontmatter. */
function stageHours(text: string): number {
  const frontmatter = text.split('---')[1];
  return [...frontmatter.matchAll(/^\s+hours:\s*([\d.]+)\s*$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
}

describe('programming: memory of pairwise distances', () => {
  const n = 100_000;
  const d = 16;
  const float64 = 8;

  it('the broadcast temporary (n, n, d) is 1.28 TB', () => {
    const bytes = n * n * d * float64;
    expect(bytes / TB).toBe(1.28);
    expect(programming).toContain(`${fmt(n)} × ${fmt(n)} × ${d} × ${float64} bytes = ${bytes / TB} TB`);
  });

  it('the matmul output alone is 80 GB', () => {
    const bytes = n * n * float64;
    expect(bytes / GB).toBe(80);
    expect(programming).toContain(`${fmt(n)}² × ${float64} bytes = ${bytes / GB} GB`);
  });

  it('a block of 500 rows is 400 MB and there are 200 blocks', () => {
    const block = 500;
    const bytes = block * n * float64;
    expect(bytes / MB).toBe(400);
    expect(programming).toContain(`${block} × ${fmt(n)} × ${float64} bytes = ${bytes / MB} MB`);
    expect(programming).toContain(`${fmt(n)} / ${block} = ${n / block} blocks`);
    expect(programming).toContain(`def nearest_neighbours(X, block=${block}):`);
  });

  it('self-check: float32 blocks under 1 GB against a million stored embeddings', () => {
    const queries = 100_000;
    const stored = 1_000_000;
    const float32 = 4;
    const rowBytes = stored * float32;
    const rows = GB / rowBytes;
    expect(rowBytes / MB).toBe(4);
    expect(rows).toBe(250);
    expect(programming).toContain(`at ${float32} bytes each, ${rowBytes / MB} MB`);
    expect(programming).toContain(`allows ${rows} rows per`);
    expect(programming).toContain(`block and ${queries / rows} blocks in all`);
    expect(programming).toContain(`= ${(queries * stored * float32) / GB} GB`);
  });
});

describe('programming: the weekly algorithms habit', () => {
  const minutesPerWeek = 2 * 60;
  const timer = 35;
  const logging = 5;
  const perProblem = timer + logging;
  const problemsPerWeek = Math.floor(minutesPerWeek / perProblem);
  const weeks = 8;

  it('fits 3 problems a session, 24 in eight weeks, and 75 in 25 weeks', () => {
    expect(problemsPerWeek).toBe(3);
    expect(programming).toContain(
      `${timer}-minute timer plus ${logging} minutes to log it, ${perProblem} minutes in all, so one session fits ${problemsPerWeek} problems`,
    );
    expect(programming).toContain(`Eight weeks gives ${problemsPerWeek * weeks} problems`);
    expect(programming).toContain(`a 75-problem curated list takes ${75 / problemsPerWeek} weeks`);
  });

  it('the milestone hours equal 2 hours a week for 8 weeks', () => {
    const milestone = programming.match(/- id: dsa-weekly-habit\n[^\n]*\n\s+hours: (\d+)/);
    expect(milestone).not.toBeNull();
    expect(Number(milestone![1])).toBe(2 * weeks);
    expect(programming).toContain(`2 focused hours on data-structures-and-algorithms problems`);
    expect(programming).toContain(`a log of ${weeks} weeks`);
  });
});

describe('software-engineering: worked numbers', () => {
  it('fan-out of 50 calls each slow 1% of the time', () => {
    const allFast = 0.99 ** 50;
    expect(softwareEngineering).toContain(`$0.99^{50} \\approx ${allFast.toFixed(3)}$`);
    expect(softwareEngineering).toContain(`so about ${Math.round((1 - allFast) * 100)}% of requests`);
  });

  it("Little's law, cache latency and the GPU bill", () => {
    expect(softwareEngineering).toContain(`about ${Math.round(1800 * 0.07)} in flight`);
    expect(softwareEngineering).toContain(`= ${0.4 * 15 + 0.6 * 70}$ ms`);
    expect(softwareEngineering).toContain(`about ${fmt(3 * 730)} dollars a month`);
  });

  it('the model tier and Kafka sizing of the worked sketch', () => {
    const perPod = 16 / 0.04;
    const planned = perPod * 0.6;
    const pods = Math.ceil(1800 / planned) + 2;
    expect(softwareEngineering).toContain(`${perPod} comments per second at full load`);
    expect(softwareEngineering).toContain(`1,800 / ${planned} = ${1800 / planned}`);
    expect(softwareEngineering).toContain(`${pods} pods`);
    expect(softwareEngineering).toContain(`Full capacity is ${fmt(pods * perPod)} per second`);
    expect(softwareEngineering).toContain(`the tier runs at ${(3000 / (pods * perPod)) * 100}%`);
    const perSecond = 3000 * 500;
    const perDay = perSecond * 86_400;
    expect(softwareEngineering).toContain(
      `${perSecond / MB} MB/s, about ${Math.round(perDay / GB / 10) * 10} GB a day`,
    );
    expect(softwareEngineering).toContain(`about ${((perDay * 7 * 3) / TB).toFixed(1)} TB of disk`);
    expect(softwareEngineering).toContain(`: ${10 + 2 + 2 + 10 + 40 + 30} ms, leaving headroom`);
  });
});

describe('portfolio: validation against the private leaderboard', () => {
  it('the private score lands 0.003 below validation', () => {
    const validation = 0.861;
    const priv = 0.858;
    expect(portfolio).toContain(`is ${validation}`);
    expect(portfolio).toContain(`private one ${priv}`);
    expect(portfolio).toContain(`lands ${(validation - priv).toFixed(3)} below validation`);
  });
});

describe('ml-engineer-role: how long the roadmap takes', () => {
  const match = role.match(/about ([\d,]+) hours in all/);
  const total = Number(match?.[1].replace(/,/g, ''));
  const weeksPerYear = 52.1775;
  const words = [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
  ];

  it('states a total that matches the milestones, rounded to the nearest hundred', () => {
    expect(match).not.toBeNull();
    const stages = readdirSync('content/stages').filter((f) => f.endsWith('.mdx'));
    const sum = stages.reduce((acc, f) => acc + stageHours(readFileSync(`content/stages/${f}`, 'utf8')), 0);
    expect(
      total,
      `ml-engineer-role says "about ${fmt(total)} hours in all" but the milestones add up to ${sum}`,
    ).toBe(Math.round(sum / 100) * 100);
  });

  it('5, 10 and 20 hours a week', () => {
    const w5 = total / 5;
    const w10 = total / 10;
    const w20 = total / 20;
    expect(role).toContain(`At 5 hours a week that is ${w5} weeks`);
    expect(role).toContain(`at 10 hours a week, ${w10} weeks`);
    expect(role).toContain(`at 20 hours a week, ${w20} weeks`);

    const years5 = w5 / weeksPerYear;
    expect(years5 - Math.floor(years5)).toBeLessThan(0.5);
    expect(role).toContain(`${w5} weeks, a little over ${words[Math.floor(years5)]} years`);

    const years10 = w10 / weeksPerYear;
    const months10 = Math.round((years10 - Math.floor(years10)) * 12);
    expect(role).toContain(
      `${w10} weeks, about ${words[Math.floor(years10)]} years and ${words[months10]} months`,
    );

    const months20 = Math.round((w20 / weeksPerYear) * 12);
    expect(role).toContain(`${w20} weeks, about ${months20} months`);
  });

  it('the career-growth share is stated to the nearest ten hours', () => {
    const careerGrowth = stageHours(read('career-growth'));
    expect(role).toContain(`about ${Math.round(careerGrowth / 10) * 10} of the hours belong to the`);
  });
});
