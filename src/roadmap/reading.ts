/** Words a learner reads per minute in technical prose; code and math are read more slowly. */
const WORDS_PER_MINUTE = 200;

/** Estimated reading time of an MDX body in whole minutes (code blocks count double). */
export function readingMinutes(body: string): number {
  const code = [...body.matchAll(/```[\s\S]*?```/g)].map((m) => m[0]).join(' ');
  const prose = body.replace(/```[\s\S]*?```/g, ' ');
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round((words(prose) + 2 * words(code)) / WORDS_PER_MINUTE));
}
