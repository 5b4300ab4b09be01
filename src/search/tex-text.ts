/**
 * Inline TeX turned into text a person can read in a search result ("η = 1", "√dₖ", "O(n²)"), so no
 * TeX source reaches the index. It covers the notation the guide uses; anything else loses its
 * backslash and braces rather than showing as source.
 */

const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  times: '×',
  cdot: '·',
  approx: '≈',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  lt: '<',
  gt: '>',
  ne: '≠',
  neq: '≠',
  pm: '±',
  in: '∈',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  gets: '←',
  nabla: '∇',
  partial: '∂',
  sum: 'Σ',
  prod: 'Π',
  int: '∫',
  infty: '∞',
  top: 'ᵀ',
  mid: '|',
  lVert: '‖',
  rVert: '‖',
  lvert: '|',
  rvert: '|',
  lfloor: '⌊',
  rfloor: '⌋',
  lceil: '⌈',
  rceil: '⌉',
  dots: '…',
  ldots: '…',
  cdots: '⋯',
  sim: '~',
  odot: '⊙',
  cap: '∩',
  cup: '∪',
  neg: '¬',
  langle: '⟨',
  rangle: '⟩',
  '{': '{',
  '}': '}',
  '%': '%',
  $: '$',
  _: '_',
};
/** Spacing and sizing commands: they carry no meaning in plain text. */
const SPACES: Record<string, string> = { quad: ' ', qquad: ' ', ',': ' ', ';': ' ', ':': ' ', '!': '' };
const SIZING = new Set(['left', 'right', 'big', 'Big', 'bigg', 'Bigg', 'displaystyle', 'limits']);
const STYLES = new Set([
  'mathbf',
  'mathrm',
  'text',
  'textbf',
  'operatorname',
  'boldsymbol',
  'mathit',
  'mathcal',
]);
const DOUBLE_STRUCK: Record<string, string> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', E: '𝔼', P: 'ℙ', Q: 'ℚ', C: 'ℂ' };
const ACCENTS: Record<string, string> = {
  hat: '\u0302',
  bar: '\u0304',
  tilde: '\u0303',
  vec: '\u20d7',
  dot: '\u0307',
};

const SUPER: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
  T: 'ᵀ',
  ᵀ: 'ᵀ',
  k: 'ᵏ',
  t: 'ᵗ',
  x: 'ˣ',
  ' ': '',
};
const SUB: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
  a: 'ₐ',
  e: 'ₑ',
  i: 'ᵢ',
  j: 'ⱼ',
  k: 'ₖ',
  n: 'ₙ',
  t: 'ₜ',
  x: 'ₓ',
  m: 'ₘ',
  p: 'ₚ',
  s: 'ₛ',
  l: 'ₗ',
  o: 'ₒ',
  r: 'ᵣ',
  h: 'ₕ',
  ' ': '',
};

/** Letters, digits and their small raised or lowered forms: a term that needs no brackets. */
const ONE_TERM = /^[\p{L}\p{N}\p{M}.]+$/u;

/** Small raised or lowered characters if each has one; otherwise the text in brackets. */
function script(text: string, table: Record<string, string>, mark: '^' | '_'): string {
  const chars = [...text];
  if (chars.every((c) => c in table)) return chars.map((c) => table[c]).join('');
  const plain = text.length === 1 ? text : `(${text})`;
  return mark === '^' ? `^${plain}` : plain; // "x_max" reads as "xmax"; a power needs its caret.
}

/** Reads one argument: a `{group}` or a single token, starting at `i`. */
function argument(tex: string, i: number): [string, number] {
  while (tex[i] === ' ') i++;
  if (tex[i] === '{') {
    let depth = 0;
    for (let j = i; j < tex.length; j++) {
      if (tex[j] === '{') depth++;
      else if (tex[j] === '}' && --depth === 0) return [convert(tex.slice(i + 1, j)), j + 1];
    }
    return [convert(tex.slice(i + 1)), tex.length];
  }
  if (tex[i] === '\\') {
    const m = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
    if (m) return [convert(m[0]), i + m[0].length];
  }
  return [tex[i] ?? '', i + 1];
}

/** Converts TeX math (without its `$` delimiters) to readable text. */
export function texToText(tex: string): string {
  return convert(tex).replace(/\s+/g, ' ').trim().normalize('NFC');
}

function convert(tex: string): string {
  let out = '';
  let i = 0;
  while (i < tex.length) {
    const c = tex[i]!;
    if (c === '\\') {
      const m = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i));
      const name = m ? m[1]! : '';
      i += m ? m[0].length : 1;
      if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
        const [num, a] = argument(tex, i);
        const [den, b] = argument(tex, a);
        i = b;
        const wrap = (s: string) => (ONE_TERM.test(s) ? s : `(${s})`);
        out += `${wrap(num)}/${wrap(den)}`;
      } else if (name === 'sqrt') {
        const [arg, next] = argument(tex, i);
        i = next;
        out += ONE_TERM.test(arg) ? `√${arg}` : `√(${arg})`;
      } else if (name === 'mathbb') {
        const [arg, next] = argument(tex, i);
        i = next;
        out += [...arg].map((ch) => DOUBLE_STRUCK[ch] ?? ch).join('');
      } else if (name in ACCENTS) {
        const [arg, next] = argument(tex, i);
        i = next;
        out += [...arg].length === 1 ? arg + ACCENTS[name] : arg;
      } else if (STYLES.has(name)) {
        const [arg, next] = argument(tex, i);
        i = next;
        out += arg;
      } else if (name === 'begin' || name === 'end') {
        i = argument(tex, i)[1];
        out += ' ';
      } else if (name === '\\') out += ' ';
      else if (name in SPACES) out += SPACES[name];
      else if (SIZING.has(name)) continue;
      else out += SYMBOLS[name] ?? (/^[a-zA-Z]+$/.test(name) ? ` ${name} ` : name);
    } else if (c === '^' || c === '_') {
      const [arg, next] = argument(tex, i + 1);
      i = next;
      out += script(arg, c === '^' ? SUPER : SUB, c);
    } else if (c === '{' || c === '}') i++;
    else if (c === '&' || c === '~') {
      out += ' ';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Markdown with inline `$…$` and display `$$…$$` math, as plain text for the index. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\\\$/g, '\u0000') // an escaped dollar is a price, not math
    .replace(/\$\$([\s\S]+?)\$\$|\$((?:\\.|[^$\\])+?)\$/g, (_, display: string, inline: string) =>
      texToText(display ?? inline),
    )
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/[*_`#>]|\\(?=\S)/g, ' ')
    .replace(/\u0000/g, '$')
    .replace(/\s+/g, ' ')
    .trim();
}
