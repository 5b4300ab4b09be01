import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const stage = (id: string) => readFileSync(`content/stages/${id}.mdx`, 'utf8').replace(/\s+/g, ' ');
const fmt = (n: number) => n.toLocaleString('en-US');

describe('career-growth worked numbers', () => {
  const text = stage('career-growth');
  // Freelance rate: target income plus costs over billable hours.
  const income = 110_000;
  const costs = 25_000;
  const hours = 45 * 40;
  const billable = hours * 0.5;
  const rate = (income + costs) / billable;
  const employeeHourly = Math.round(income / hours);

  it('derives the freelance rate from income, costs and billable hours', () => {
    expect(hours).toBe(1800);
    expect(billable).toBe(900);
    expect(text).toContain(`45 working weeks of 40 hours, ${fmt(hours)} hours`);
    expect(text).toContain(`${fmt(billable)} hours. The rate is`);
    expect(text).toContain(`(${fmt(income)} + ${fmt(costs)}) / ${billable} = ${rate} USD an hour`);
    expect(text).toContain(`about ${employeeHourly} an hour over the same`);
    expect(text).toContain('near two and a half times');
    expect(rate / (income / hours)).toBeCloseTo(2.45, 2);
  });

  it('sizes the runway at six months of expenses', () => {
    expect(text).toContain(`with 5,000 of monthly expenses hold at least ${fmt(6 * 5000)} (six months)`);
  });

  it('answers the freelance self-check with the same numbers', () => {
    const revenue = 90 * billable;
    expect(text).toContain(`900 hours at 90 bring ${fmt(revenue)}, or ${fmt(revenue - costs)} after costs`);
    expect(text).toContain(`(${fmt(income)} + ${fmt(costs)}) / ${billable} = ${rate} an hour`);
    expect(text).toContain(`the ${employeeHourly} an hour that salary works out to`);
  });

  it('computes the Q-learning update in the self-check', () => {
    const [q, alpha, gamma, r, next] = [2.0, 0.1, 0.9, 1, 5.0];
    const target = r + gamma * next;
    const updated = q + alpha * (target - q);
    expect(text).toContain(`= 1 + 0.9 \\times 5.0 = ${target.toFixed(1)}$`);
    expect(text).toContain(`$5.5 - 2.0 = ${(target - q).toFixed(1)}$`);
    expect(text).toContain(`$2.0 + 0.1 \\times 3.5 = ${updated.toFixed(2)}$`);
  });
});

describe('interviews worked numbers', () => {
  const text = stage('interviews');
  it('sizes the review band against traffic and fraud volume', () => {
    const share = (2000 / 10_000_000) * 100;
    expect(share).toBeCloseTo(0.02, 10);
    expect(text).toContain('2,000 / 10,000,000 = 0.02% of traffic');
    expect(text).toContain(`at most 2,000 of the 10,000 frauds, ${(2000 / 10_000) * 100}%`);
  });
  it('estimates n log n for n = 10^5', () => {
    const steps = 1e5 * Math.log2(1e5);
    expect(text).toContain(`$${(steps / 1e6).toFixed(1)} \\times 10^6$ steps`);
  });
  it('keeps the final sprint consistent with the milestone', () => {
    expect(text).toContain('re-solve 40 problems');
    expect(text).toContain('final sprint of about 30 hours');
    expect(text).toMatch(/id: algorithm-patterns[^]*?hours: 30/);
  });
});

describe('professional-skills worked numbers', () => {
  const text = stage('professional-skills');
  it('computes the equal-opportunity gap in the self-check', () => {
    const a = 720 / 900;
    const b = 540 / 900;
    expect(text).toContain(`$720/900 = ${a.toFixed(2)}$`);
    expect(text).toContain(`$540/900 = ${b.toFixed(2)}$`);
    expect(text).toContain(`= ${(a - b).toFixed(2)}$`);
  });
});
