import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

// Worked numbers of the deep-learning (GPU training, RMSNorm) and MLOps (PSI, KS, reproducibility,
// federated learning) stages, recomputed from their inputs: the test fails if prose and arithmetic disagree.
const dl = readFileSync('content/stages/deep-learning.mdx', 'utf8');
const mlops = readFileSync('content/stages/mlops.mdx', 'utf8');

const frontmatter = (text: string) =>
  yaml.load(text.split(/^---$/m)[1] ?? '') as { milestones: { hours: number }[] };
const fixed = (x: number, digits: number) => x.toFixed(digits);
const GB = 1e9;

describe('deep learning: memory arithmetic for training', () => {
  // Mixed-precision Adam, per parameter: 16-bit weights and gradients, fp32 master weights, Adam m and v.
  const bytes = { weights: 2, grads: 2, master: 4, m: 4, v: 4 };
  const perParam = Object.values(bytes).reduce((a, b) => a + b, 0);

  it('counts 16 bytes per parameter, and the same for fp32 Adam', () => {
    expect(perParam).toBe(16);
    expect(4 + 4 + 8).toBe(perParam);
    expect(dl).toContain('| Total | | 16 |');
    expect(dl).toContain('(4 + 4 + 8)');
  });

  it('gives a 7B model 112 GB of model states, itemised', () => {
    const p = 7e9;
    const parts = [bytes.weights, bytes.grads, bytes.master, bytes.m, bytes.v].map((b) => (b * p) / GB);
    const total = parts.reduce((a, b) => a + b, 0);
    expect(dl).toContain(`${parts.join(' + ')} = ${total} GB`);
    expect(total).toBe(112);
  });

  it('gives a 1.3B model 20.8 GB of states and 2.6 GB of 16-bit weights', () => {
    expect(dl).toContain(`needs ${fixed((16 * 1.3e9) / GB, 1)} GB`);
    expect(dl).toContain(`(${fixed((2 * 1.3e9) / GB, 1)} GB)`);
  });

  it('estimates GPT-2-small activations with and without stored attention scores', () => {
    const [L, h, a, s, b] = [12, 768, 12, 1024, 8];
    const scores = (5 * a * s) / h;
    expect(scores).toBe(80);
    expect(dl).toContain(`$34 + ${scores} = ${34 + scores}$`);
    const withScores = (L * s * b * h * (34 + scores)) / GB;
    const fused = (L * s * b * h * 34) / GB;
    expect(dl).toContain(`the 12 layers hold ${fixed(withScores, 1)} GB`);
    expect(dl).toContain(`the total to ${fixed(fused, 1)} GB`);
    expect(dl).toContain(`beside ${fixed((124e6 * 16) / GB, 2)} GB of model states`);
    const logits = b * s * 50257;
    expect(dl).toContain(
      `is ${Math.round(logits / 1e6)} million values, ${fixed((logits * 4) / GB, 1)} GB in fp32`,
    );
  });

  it('computes the MFU example', () => {
    const flops = 6 * 124e6 * 15000;
    expect(dl).toContain(`\\approx ${fixed(flops / 1e13, 1)} \\times 10^{13}`);
    expect(dl).toContain(
      `${Math.round(flops / 1e12)} TFLOPS or ${Math.round((100 * flops) / 65e12)}% of a T4`,
    );
  });

  it('gives per-GPU model states for DDP and ZeRO stages 1 to 3', () => {
    const states = (p: number, n: number) => ({
      ddp: 16 * p,
      zero1: 4 * p + (12 * p) / n,
      zero2: 2 * p + (14 * p) / n,
      zero3: (16 * p) / n,
    });
    const big = states(7e9, 8);
    expect(dl).toContain(`| $16\\Psi$ | ${big.ddp / GB} GB |`);
    expect(dl).toContain(`| $4\\Psi + 12\\Psi/N$ | ${big.zero1 / GB} GB |`);
    expect(dl).toContain(`| $2\\Psi + 14\\Psi/N$ | ${big.zero2 / GB} GB |`);
    expect(dl).toContain(`| $16\\Psi/N$ | ${big.zero3 / GB} GB |`);

    const small = states(1.3e9, 4);
    const g = (x: number) => String(Math.round((x / GB) * 100) / 100);
    expect(dl).toContain(`states total ${g(small.ddp)} GB`);
    expect(dl).toContain(`$4 \\times 1.3 + 12 \\times 1.3/4 = ${g(small.zero1)}$ GB`);
    expect(dl).toContain(`$2 \\times 1.3 + 14 \\times 1.3/4 = ${g(small.zero2)}$ GB`);
    expect(dl).toContain(`$16 \\times 1.3/4 = ${g(small.zero3)}$ GB`);
    // On 16 GB GPUs DDP does not fit; every ZeRO stage does, before activations.
    expect(small.ddp / GB).toBeGreaterThan(16);
    expect(small.zero1 / GB).toBeLessThan(16);
  });
});

describe('deep learning: floating-point formats', () => {
  const format = (exponentBits: number, fractionBits: number) => {
    const bias = 2 ** (exponentBits - 1) - 1;
    return {
      largest: (2 - 2 ** -fractionBits) * 2 ** bias,
      smallestSubnormal: 2 ** (1 - bias - fractionBits),
      gapAboveOne: 2 ** -fractionBits,
    };
  };
  const sci = (x: number) => {
    const [m, e] = x.toExponential(1).split('e');
    return `$${m} \\times 10^{${Number(e)}}$`;
  };

  it('matches the table for fp32, fp16 and bf16', () => {
    const fp32 = format(8, 23);
    const fp16 = format(5, 10);
    const bf16 = format(8, 7);
    expect(dl).toContain(
      `| fp32 | 8 | 23 | ${sci(fp32.largest)} | ${sci(fp32.smallestSubnormal)} | ${sci(fp32.gapAboveOne)} |`,
    );
    expect(fp16.largest).toBe(65504);
    expect(dl).toContain(
      `| fp16 | 5 | 10 | 65,504 | ${sci(fp16.smallestSubnormal)} | ${fixed(fp16.gapAboveOne, 5)} |`,
    );
    expect(dl).toContain(
      `| bf16 | 8 | 7 | ${sci(bf16.largest)} | ${sci(bf16.smallestSubnormal)} | ${fixed(bf16.gapAboveOne, 4)} |`,
    );
    // Below half the smallest subnormal, round-to-nearest gives zero.
    const [zeroMantissa, zeroExponent] = (fp16.smallestSubnormal / 2).toExponential(0).split('e');
    expect(dl).toContain(`below about $${zeroMantissa} \\times 10^{${Number(zeroExponent)}}$`);
    expect(dl).toContain(`the next bf16 value after 1.0 is ${fixed(1 + bf16.gapAboveOne, 4)}`);
    expect(dl).toContain(`half that gap (${fixed(bf16.gapAboveOne / 2, 4)})`);
    expect(dl).toContain(`$2^{16} = ${(2 ** 16).toLocaleString('en-US').replace(',', '{,}')}$`);
  });
});

describe('deep learning: RMSNorm and layer norm of (1, 2, 3, 4)', () => {
  const x = [1, 2, 3, 4];
  it('rescales without centring, unlike layer norm', () => {
    const meanSquare = x.reduce((a, v) => a + v * v, 0) / x.length;
    const rms = Math.sqrt(meanSquare);
    expect(dl).toContain(`= ${meanSquare}$, so the RMS is ${fixed(rms, 3)}`);
    expect(dl).toContain(`$(${x.map((v) => fixed(v / rms, 3)).join(', ')})$`);
    const mean = x.reduce((a, v) => a + v, 0) / x.length;
    const sd = Math.sqrt(x.reduce((a, v) => a + (v - mean) ** 2, 0) / x.length);
    expect(dl).toContain(`subtracts the mean ${mean} and divides by the standard deviation ${fixed(sd, 3)}`);
    expect(dl).toContain(`$(${x.map((v) => fixed((v - mean) / sd, 3)).join(', ')})$`);
  });
});

describe('deep learning: hours', () => {
  it('states the total planned hours, rounded to ten', () => {
    const total = frontmatter(dl).milestones.reduce((a, m) => a + m.hours, 0);
    expect(dl).toContain(`Plan for about ${Math.round(total / 10) * 10} hours`);
  });
});

// Standard normal CDF from the erf series (accurate to far better than 1e-10 for |z| < 6).
const erf = (x: number) => {
  if (Math.abs(x) > 5) return Math.sign(x);
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (-x * x) / n;
    sum += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
};
const Phi = (z: number) => (z === Infinity ? 1 : z === -Infinity ? 0 : 0.5 * (1 + erf(z / Math.SQRT2)));
const PhiInverse = (p: number) => {
  let [lo, hi] = [-10, 10];
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (Phi(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
};
// Population PSI between N(0, 1) and N(shift, 1) with decile bins of the reference.
const bins = 10;
const edges = [
  -Infinity,
  ...Array.from({ length: bins - 1 }, (_, i) => PhiInverse((i + 1) / bins)),
  Infinity,
];
const psiShift = (shift: number) => {
  let psi = 0;
  for (let i = 0; i < bins; i++) {
    const e = 1 / bins;
    const a = Phi(edges[i + 1]! - shift) - Phi(edges[i]! - shift);
    psi += (a - e) * Math.log(a / e);
  }
  return psi;
};
const ksShift = (shift: number) => 2 * Phi(shift / 2) - 1;
const crossing = (level: number) => {
  let [lo, hi] = [0, 2];
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (psiShift(mid) < level) lo = mid;
    else hi = mid;
  }
  return lo;
};

describe('mlops: PSI and KS worked examples', () => {
  it('recomputes the four-bin PSI example', () => {
    const e = 0.25;
    const a = [0.15, 0.2, 0.3, 0.35];
    const terms = a.map((ai) => (ai - e) * Math.log(ai / e));
    expect(mlops).toContain(`$(-0.10)\\ln 0.6 = ${fixed(terms[0]!, 3)}$`);
    expect(mlops).toContain(`$(-0.05)\\ln 0.8 = ${fixed(terms[1]!, 3)}$`);
    expect(mlops).toContain(`$(0.05)\\ln 1.2 = ${fixed(terms[2]!, 3)}$`);
    expect(mlops).toContain(`$(0.10)\\ln 1.4 = ${fixed(terms[3]!, 3)}$`);
    const psi = terms.reduce((x, y) => x + y, 0);
    expect(mlops).toContain(`PSI $\\approx ${fixed(psi, 3)}$`);
    expect(psi).toBeGreaterThan(0.1);
    expect(psi).toBeLessThan(0.25);
  });

  it('states the population PSI and D for shifts of 0.03, 0.3 and 0.5 standard deviations', () => {
    const psi = [0.03, 0.3, 0.5].map((d) => psiShift(d));
    expect(mlops).toContain(`are PSI ${fixed(psi[0]!, 4)}, ${fixed(psi[1]!, 3)} and ${fixed(psi[2]!, 3)}`);
    const d = [0.03, 0.3, 0.5].map(ksShift);
    expect(mlops).toContain(
      `$D$ = ${d
        .map((v) => fixed(v, 3))
        .join(', ')
        .replace(/, (?=[^,]*$)/, ' and ')}`,
    );
  });

  it('draws the right conclusion: half a standard deviation stays under 0.25', () => {
    const half = psiShift(0.5);
    expect(half).toBeLessThan(0.25);
    expect(mlops).toContain(
      `half-standard-deviation shift, PSI ${fixed(half, 2)}, stays under the 0.25 line`,
    );
    expect(psiShift(0.3)).toBeLessThan(0.1);
    expect(mlops).toContain(
      `PSI crosses 0.1 only at a shift of ${fixed(crossing(0.1), 2)} and 0.25 at ${fixed(crossing(0.25), 2)}`,
    );
  });

  it('quotes seeded sample values that sit within sampling error of the population values', () => {
    const samples = [
      { shift: 0.03, psi: 0.0011, d: 0.014, text: 'PSI 0.0011, $D = 0.014$' },
      { shift: 0.3, psi: 0.084, d: 0.119, text: 'PSI 0.084 and $D = 0.119$ for 0.3' },
      { shift: 0.5, psi: 0.235, d: 0.196, text: 'PSI 0.235 and $D = 0.196$ for 0.5' },
    ];
    for (const s of samples) {
      expect(mlops).toContain(s.text);
      expect(Math.abs(s.psi - psiShift(s.shift))).toBeLessThan(0.01);
      expect(Math.abs(s.d - ksShift(s.shift))).toBeLessThan(0.01);
    }
  });
});

describe('mlops: reproducibility, canary and federated learning', () => {
  it('shows that float addition is not associative', () => {
    expect(mlops).toContain(`\`(0.1 + 0.2) + 0.3\` is ${String(0.1 + 0.2 + 0.3)}`);
    expect(mlops).toContain(`\`0.1 + (0.2 + 0.3)\` is ${String(0.1 + (0.2 + 0.3))}`);
    expect(0.1 + 0.2 + 0.3).not.toBe(0.1 + (0.2 + 0.3));
  });

  it('counts canary requests', () => {
    expect(mlops).toContain(`${(3000 * 3600 * 0.05).toLocaleString('en-US')} requests`);
  });

  it('weights FedAvg clients by data size and sizes the upload', () => {
    const n = [1000, 3000, 6000];
    const total = n.reduce((a, b) => a + b, 0);
    const w = n.map((k) => k / total);
    expect(mlops).toContain(`${w[0]}, ${w[1]} and ${w[2]}`);
    const uploadMB = (10e6 * 4) / 1e6;
    expect(mlops).toContain(`is a ${uploadMB} MB upload per client per round`);
    expect(mlops).toContain(`sends ${(uploadMB * 1e6 * 100 * 1000) / 1e12} TB to the server`);
  });
});
