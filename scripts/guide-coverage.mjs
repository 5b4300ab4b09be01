#!/usr/bin/env node
// `node scripts/guide-coverage.mjs <guide.txt>`: every section heading of the source guide names at
// least one stage in tests/guide-map.yaml, and every stage named there exists. Run by `npm test` beside
// the overlap check, since both need the guide, which lives outside this repository.
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';

const [guideFile, mapFile = 'tests/guide-map.yaml', stagesDir = 'content/stages'] = process.argv.slice(2);
if (!guideFile) {
  console.error('usage: node scripts/guide-coverage.mjs <guide.txt> [guide-map.yaml] [stages dir]');
  process.exit(2);
}

// Headings are the short lines after the title: no sentence ends in them.
const headings = readFileSync(guideFile, 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.trim())
  .filter((line) => line && line.length < 90 && !/[.?!]$/.test(line));
const map = /** @type {Record<string, string[] | undefined>} */ (yaml.load(readFileSync(mapFile, 'utf8')));
const stages = new Set(readdirSync(stagesDir).flatMap((n) => (n.endsWith('.mdx') ? [n.slice(0, -4)] : [])));

const problems = [];
if (headings.length < 10)
  problems.push(`${guideFile}: only ${headings.length} headings found; is it the guide?`);
for (const heading of headings) {
  const ids = map[heading] ?? [];
  if (ids.length === 0) problems.push(`${mapFile}: guide heading "${heading}" names no stage; add it`);
  for (const id of ids)
    if (!stages.has(id)) problems.push(`${mapFile}: "${heading}" names ${id}, which is not a stage`);
}
if (problems.length) {
  console.error(problems.map((p) => `✖ ${p}`).join('\n'));
  process.exit(1);
}
console.log(`every one of the guide's ${headings.length} headings is covered by a stage`);
