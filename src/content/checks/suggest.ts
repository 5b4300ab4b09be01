/** Edit distance: insertions, deletions and substitutions that turn `a` into `b`. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to a mistyped name, if it is close enough to be the likely intent (a typo, not a
 * different word), so an error can say `did you mean "mlops"?` instead of leaving a contributor to search.
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** `did you mean "x"? ` when a close candidate exists, else ''; meant to open a fix hint. */
export function didYouMean(
  name: string,
  candidates: Iterable<string>,
  show = (c: string) => `"${c}"`,
): string {
  const match = closest(name, candidates);
  return match === undefined ? '' : `did you mean ${show(match)}? `;
}
