import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Worked numbers of the A/B testing section (mathematics) and of the anomaly-detection section and
// self-checks (ml-fundamentals), recomputed from their inputs. Each test fails if the prose and the
// arithmetic disagree.
const maths = readFileSync('content/stages/mathematics.mdx', 'utf8');
const fundamentals = readFileSync('content/stages/ml-fundamentals.mdx', 'utf8');

const grouped = (n: number) => n.toLocaleString('en-US');

// Standard normal CDF by composite Simpson integration of the density from 0 to x (error far below 1e-12).
const phi = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
function normalCdf(x: number): number {
  const steps = 2000;
  const h = x / steps;
  let sum = phi(0) + phi(x);
  for (let i = 1; i < steps; i++) sum += (i % 2 ? 4 : 2) * phi(i * h);
  return 0.5 + (sum * h) / 3;
}
// Quantile by bisection on the CDF.
function normalQuantile(q: number): number {
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const zAlpha = normalQuantile(0.975); // two-sided alpha = 0.05
const zBeta = normalQuantile(0.8); // power 0.8
const unpooled = (p1: number, p2: number) =>
  ((zAlpha + zBeta) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2))) / (p1 - p2) ** 2;
const pooled = (p1: number, p2: number) => {
  const pBar = (p1 + p2) / 2;
  return (
    (zAlpha * Math.sqrt(2 * pBar * (1 - pBar)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 /
    (p1 - p2) ** 2
  );
};

// Seeded PRNG (mulberry32) and Box-Muller normals, so the simulations are deterministic.
function normals(seed: number) {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}
// Share of null experiments whose running z-statistic crosses the boundary at any of `looks` equally
// spaced looks: with large samples the cumulative sum of the statistic is a Gaussian random walk.
function falsePositiveRate(looks: number, boundary: (k: number) => number, sims = 200_000, seed = 1) {
  const draw = normals(seed);
  let hits = 0;
  for (let s = 0; s < sims; s++) {
    let sum = 0;
    for (let k = 1; k <= looks; k++) {
      sum += draw();
      if (Math.abs(sum / Math.sqrt(k)) > boundary(k)) {
        hits++;
        break;
      }
    }
  }
  return hits / sims;
}

describe('A/B test sample size (mathematics)', () => {
  it('states the normal quantiles it uses', () => {
    expect(zAlpha).toBeCloseTo(1.959964, 6);
    expect(zBeta).toBeCloseTo(0.841621, 6);
    expect(maths).toContain(`z_{0.975} = ${zAlpha.toFixed(5)}`);
    expect(maths).toContain(`z_{0.8} = ${zBeta.toFixed(5)}`);
  });

  it('recomputes the worked example: 10% baseline, 1% relative lift', () => {
    const quantileTerm = (zAlpha + zBeta) ** 2;
    expect(maths).toContain(`(${zAlpha.toFixed(5)} + ${zBeta.toFixed(5)})^2 = ${quantileTerm.toFixed(4)}`);
    const variance = 0.1 * 0.9 + 0.101 * 0.899;
    expect(maths).toContain(`0.09 + 0.090799 = ${variance.toFixed(6)}`);
    const n = Math.ceil(unpooled(0.1, 0.101));
    expect(n).toBe(1_419_070);
    expect(maths).toContain(`n = 1{,}419{,}070`);
    expect(maths).toContain(`${grouped(2 * n)} in all`);
    expect(maths).toContain(
      `asks for ${grouped(Math.ceil(pooled(0.1, 0.101)))} users instead of ${grouped(n)}`,
    );
    const days = (2 * n) / 100_000;
    expect(days).toBeGreaterThan(28);
    expect(days).toBeLessThan(29);
    expect(maths).toContain('at 100,000 eligible users a day, just over four weeks');
    expect(maths).toContain(`# ${n}`);
  });

  it('recomputes the table of lifts and the rule of thumb', () => {
    const rows: [string, number, string][] = [
      ['1%', 0.101, '10.1%'],
      ['2%', 0.102, '10.2%'],
      ['5%', 0.105, '10.5%'],
      ['10%', 0.11, '11%'],
    ];
    const sizes = rows.map(([lift, p2, rate]) => {
      const n = Math.ceil(unpooled(0.1, p2));
      expect(maths).toContain(`| ${lift} | ${rate} | ${grouped(n)} |`);
      return n;
    });
    // Halving the lift roughly quadruples the sample.
    expect(sizes[0] / sizes[1]).toBeGreaterThan(3.9);
    expect(sizes[0] / sizes[1]).toBeLessThan(4.1);
    const lehr = Math.round((16 * 0.1 * 0.9) / 0.001 ** 2);
    expect(maths).toContain(`gives ${grouped(lehr)} for the first row`);
  });

  it('recomputes the self-check on a 2% lift', () => {
    const perArm = Math.ceil(unpooled(0.1, 0.102));
    expect(maths).toContain(`${grouped(perArm)} users per arm, ${grouped(2 * perArm)} in all`);
    const days = (2 * perArm) / 100_000;
    expect(days).toBeGreaterThan(7);
    expect(days).toBeLessThan(7.5);
    expect(maths).toContain('just over 7 days of traffic');
    expect(maths).toContain(`quadruples the sample to ${grouped(Math.ceil(unpooled(0.1, 0.101)))} per arm`);
  });

  it('recomputes the sample ratio mismatch check', () => {
    const [control, treatment] = [50_000, 50_900];
    const expected = (control + treatment) / 2;
    const chi2 = ((control - expected) ** 2 + (treatment - expected) ** 2) / expected;
    const p = 2 * (1 - normalCdf(Math.sqrt(chi2))); // chi-square with 1 degree of freedom
    expect(maths).toContain(`$\\chi^2 = ${chi2.toFixed(2)}$ on one degree of freedom, $p = ${p.toFixed(4)}$`);
  });
});

describe('peeking (mathematics)', () => {
  it('daily looks over 28 days give about 27% false positives, five looks about 14%', () => {
    const daily = falsePositiveRate(28, () => zAlpha);
    expect(Math.abs(daily - 0.27)).toBeLessThan(0.01);
    const five = falsePositiveRate(5, () => zAlpha);
    expect(Math.round(five * 100)).toBe(14);
    const once = falsePositiveRate(1, () => zAlpha);
    expect(Math.abs(once - 0.05)).toBeLessThan(0.002);
    expect(maths).toContain('checking daily for 28 days raises it to about 27%');
    expect(maths).toContain('five equally spaced looks give about 14%');
    expect(maths).toContain('over 28 daily looks about 27% of identical pairs');
  });

  it("O'Brien-Fleming and Pocock boundaries for five looks keep the rate at 5%", () => {
    const obf = (k: number) => 2.04 * Math.sqrt(5 / k);
    const listed = [1, 2, 3, 4, 5].map((k) => obf(k).toFixed(2));
    expect(maths).toContain(`${listed.slice(0, 4).join(', ')} and ${listed[4]} in turn`);
    expect(Math.abs(falsePositiveRate(5, obf) - 0.05)).toBeLessThan(0.003);
    expect(maths).toContain('uses 2.41 at every look');
    expect(Math.abs(falsePositiveRate(5, () => 2.41) - 0.05)).toBeLessThan(0.003);
  });
});

describe('anomaly detection (ml-fundamentals)', () => {
  it('recomputes precision and recall at a review budget of 200', () => {
    const [transactions, rate, k, found] = [1_000_000, 0.001, 200, 120];
    const frauds = transactions * rate;
    expect(fundamentals).toContain(`precision at 200 is ${(found / k).toFixed(2)}`);
    expect(fundamentals).toContain(
      `recall is 120/${grouped(frauds)} = ${Math.round((100 * found) / frauds)}%`,
    );
    expect(fundamentals).toContain(`200 random picks would contain ${(k * rate).toFixed(1)} frauds`);
  });

  it('recomputes the precision behind a high ROC-AUC in the self-check', () => {
    const [transactions, rate, recall, fpr] = [1_000_000, 0.001, 0.8, 0.01];
    const frauds = transactions * rate;
    const tp = Math.round(frauds * recall);
    const fp = Math.round((transactions - frauds) * fpr);
    expect(fundamentals).toContain(
      `flags ${grouped(tp)} of the ${grouped(frauds)} frauds and ${grouped(fp)} of the ${grouped(transactions - frauds)} legitimate`,
    );
    const precision = tp / (tp + fp);
    expect(fundamentals).toContain(
      `$${tp}/${grouped(tp + fp).replace(',', '{,}')} \\approx ${(100 * precision).toFixed(1)}\\%$`,
    );
    expect(fundamentals).toContain(`${(fp / tp).toFixed(1)} false alarms for every real case`);
  });
});
