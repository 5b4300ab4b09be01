import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every worked number in the LLM stage, recomputed from its inputs: if the prose and the arithmetic
// disagree, this fails.
const text = readFileSync('content/stages/llm-engineering.mdx', 'utf8');

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const fix = (n: number, digits: number) => n.toFixed(digits);
const mathInt = (n: number) => int(n).replace(/,/g, '{,}'); // 131,072 as written inside $...$
const GiB = 2 ** 30;

const softmax = (logits: number[], t: number) => {
  const e = logits.map((z) => Math.exp(z / t));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
};

describe('worked numbers in the LLM stage', () => {
  it('cost and latency per request', () => {
    const [nIn, nOut, pIn, pOut] = [2000, 500, 3, 15]; // tokens; USD per million tokens
    const inCost = (nIn * pIn) / 1e6;
    const outCost = (nOut * pOut) / 1e6;
    const cost = inCost + outCost;
    expect(text).toContain(`${inCost} + ${outCost} = ${fix(cost, 4)} USD per request`);
    expect(text).toContain(`${fix(cost * 1000, 2)}\nUSD per 1,000 requests`);
    expect(text).toContain(`${int(cost * 1e6)} USD per million`);
    const [ttft, tpot] = [400, 20]; // ms
    const latency = ttft + nOut * tpot;
    expect(text).toContain(`= ${int(latency)} ms`);
    expect(text).toContain(
      `${latency / 1000} seconds tolerable because the user\nstarts reading after ${ttft} ms`,
    );
  });

  it('temperature and top-p', () => {
    const p1 = softmax([2, 1, 0], 1);
    expect(text).toContain(`$T = 1$ gives probabilities ${p1.map((p) => fix(p, 3)).join(', ')}`);
    const p05 = softmax([2, 1, 0], 0.5);
    expect(text).toContain(`sharpens to ${p05.map((p) => fix(p, 3)).join(', ')}`);
    const top2 = p1[0] + p1[1];
    expect(top2).toBeGreaterThanOrEqual(0.9);
    expect(p1[0]).toBeLessThan(0.9);
    expect(text).toContain(`the first two tokens reach ${fix(top2, 3)}`);
    expect(text).toContain(`renormalised to ${fix(p1[0] / top2, 3)} and ${fix(p1[1] / top2, 3)}`);
  });

  it('cosine similarity', () => {
    const [a, b, c] = [
      [1, 2, 2],
      [2, 1, 2],
      [2, -1, 0],
    ];
    const dot = (x: number[], y: number[]) => x.reduce((s, xi, i) => s + xi * y[i], 0);
    const norm = (x: number[]) => Math.sqrt(dot(x, x));
    expect(dot(a, b)).toBe(8);
    expect(norm(a)).toBe(3);
    expect(norm(b)).toBe(3);
    expect(text).toContain('$a \\cdot b = 2 + 2 + 4 = 8$, both norms are 3');
    expect(text).toContain(`$8 / 9$ = ${fix(dot(a, b) / (norm(a) * norm(b)), 3)}`);
    expect(dot(a, c)).toBe(0);
  });

  it('reciprocal rank fusion with k = 60', () => {
    const rrf = (...ranks: number[]) => ranks.reduce((s, r) => s + 1 / (60 + r), 0);
    expect(text).toContain(`$1/61 + 1/63$ = ${fix(rrf(1, 3), 4)}`);
    expect(text).toContain(`$1/62 + 1/61$ = ${fix(rrf(2, 1), 4)}`);
    expect(text).toContain(`$1/62$ = ${fix(rrf(2), 4)}`);
    expect(rrf(2, 1)).toBeGreaterThan(rrf(1, 3));
  });

  it('recall@5, MRR and nDCG@5', () => {
    const grades = [0, 2, 0, 1, 0]; // top five as ranked
    const relevant = [2, 1, 1]; // grades of all relevant passages
    const found = grades.filter((g) => g > 0).length;
    expect(text).toContain(`Recall@5 is\n${found}/${relevant.length} = ${fix(found / relevant.length, 3)}`);
    const firstHits = [2, 1, 4];
    const mrr = firstHits.reduce((s, r) => s + 1 / r, 0) / firstHits.length;
    expect(text).toContain(`$(0.5 + 1 + 0.25)/3$ = ${fix(mrr, 3)}`);
    const dcg = (g: number[]) => g.reduce((s, rel, i) => s + rel / Math.log2(i + 2), 0);
    const d = dcg(grades);
    const ideal = dcg([...relevant].sort((x, y) => y - x));
    expect(text).toContain(
      `${fix(2 / Math.log2(3), 3)} + ${fix(1 / Math.log2(5), 3)} = ${fix(d, 3)}. The ideal order`,
    );
    expect(text).toContain(`= 2 + ${fix(1 / Math.log2(3), 3)} +\n0.5 = ${fix(ideal, 3)}`);
    expect(text).toContain(`nDCG@5 = ${fix(d, 3)} / ${fix(ideal, 3)} = ${fix(d / ideal, 3)}`);
  });

  it('LoRA parameters', () => {
    const lora = (r: number, d: number, k: number) => r * (d + k);
    const one = lora(16, 4096, 4096);
    expect(text).toContain(
      `$16 \\times (4096 + 4096)$ = ${int(one)} parameters, against ${int(4096 * 4096)}`,
    );
    expect(text).toContain(`${fix((100 * one) / (4096 * 4096), 2)}%`);
    const kv = 8 * 128; // key-value projection width with grouped-query attention
    const kOrV = lora(16, 4096, kv);
    const perLayer = 2 * one + 2 * kOrV;
    expect(text).toContain(
      `$${mathInt(one)}$ (query)\n$+ ${mathInt(kOrV)}$ (key) $+ ${mathInt(kOrV)}$ (value) $+ ${mathInt(one)}$ (output) = ${int(perLayer)}`,
    );
    const total = 32 * perLayer;
    expect(text).toContain(`over 32 layers, ${int(total)} trainable`);
    expect(text).toContain(`parameters, ${fix((100 * total) / 8e9, 2)}% of the model`);
    expect(text).toContain(`adapter file of ${(total * 2) / 2 ** 20} MiB`);
  });

  it('weights memory', () => {
    const params = 8e9;
    expect(text).toContain(`bytes = ${fix((params * 2) / GiB, 1)} GiB. At int8, ${fix(params / GiB, 2)} GiB`);
    expect(text).toContain(`at 4 bits, ${fix((params * 0.5) / GiB, 1)} GiB`);
  });

  it('KV-cache memory with grouped-query attention', () => {
    const perToken = 2 * 32 * 8 * 128 * 2;
    expect(text).toContain(`= ${int(perToken)} bytes (${perToken / 1024} KiB) per token`);
    const seq = perToken * 8192;
    expect(seq).toBe(GiB);
    expect(text).toContain(`needs ${int(seq)} bytes, exactly ${seq / GiB} GiB`);
    expect(text).toContain(`With 32 KV heads (no grouping) it would need ${(seq * 4) / GiB} GiB`);
    const free16 = 24 - (8e9 * 2) / GiB - 2;
    const free4 = 24 - (8e9 * 0.5) / GiB - 2;
    expect(text).toContain(`= ${fix(free16, 1)} GiB, room for ${Math.floor(free16)} full-length`);
    expect(text).toContain(`leave ${fix(free4, 1)} GiB, room for ${Math.floor(free4)}.`);
  });

  it('KV-cache self-check question', () => {
    const perToken = 2 * 40 * 8 * 128 * 2;
    expect(text).toContain(`= ${mathInt(perToken)}$`);
    const seq = (perToken * 4096) / GiB;
    expect(text).toContain(`bytes = ${seq} GiB. Ten sequences: ${seq * 10} GiB`);
  });

  it('decode step time from memory bandwidth', () => {
    const bw = 2e12; // bytes per second
    const step16 = (16e9 / bw) * 1000;
    const step4 = (4e9 / bw) * 1000;
    expect(text).toContain(`${step16} ms per token, at most ${1000 / step16} tokens per second`);
    expect(text).toContain(`4 GB gives ${step4} ms`);
    expect(text).toContain(`up to ${int(16 * (1000 / step16))} tokens per second in total`);
  });

  it('speculative decoding', () => {
    const [gamma, alpha] = [4, 0.8];
    const expected = (1 - alpha ** (gamma + 1)) / (1 - alpha);
    expect(text).toContain(`$\\gamma = ${gamma}$ and $\\alpha = ${alpha}$, ${fix(expected, 2)} tokens`);
  });
});
