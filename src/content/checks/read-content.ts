import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';

/** One stage file as written, before validation. */
export interface StageSource {
  /** Stage id: the file name without `.mdx`. */
  id: string;
  /** Path relative to the project, for error messages. */
  file: string;
  /** Parsed frontmatter, unchecked. */
  data: unknown;
  /** MDX body after the frontmatter. */
  body: string;
  /** Line number in the file where the body starts (1-based). */
  bodyLine: number;
}

/** The whole content folder as written. */
export interface ContentSource {
  stages: StageSource[];
  resourcesFile: string;
  resources: unknown;
  /** Files that could not even be parsed: `file: problem`. */
  parseErrors: { file: string; field: string; message: string; hint: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Where and why YAML failed, with the line counted in the file: `offset` is the file line of the YAML's
 * first line. js-yaml's own message repeats the source with a caret; the reason alone reads better.
 */
function yamlFailure(error: unknown, offset: number): { line: number | undefined; reason: string } {
  const { reason, mark, message } = error as { reason?: string; mark?: { line: number }; message: string };
  return { line: mark ? mark.line + offset : undefined, reason: reason ?? message.split('\n')[0] ?? '' };
}

/** Reads `content/stages/*.mdx` and `content/resources.yaml` below `contentDir`. */
export function readContent(contentDir: string, root = process.cwd()): ContentSource {
  const rel = (path: string) => relative(root, path) || path;
  const source: ContentSource = { stages: [], resourcesFile: '', resources: [], parseErrors: [] };
  const stagesDir = join(contentDir, 'stages');
  let names: string[] = [];
  try {
    names = readdirSync(stagesDir)
      .filter((n) => n.endsWith('.mdx'))
      .sort();
  } catch {
    source.parseErrors.push({
      file: rel(stagesDir),
      field: '(folder)',
      message: 'the stages folder is missing',
      hint: 'create it and add one .mdx file per stage',
    });
  }
  for (const name of names) {
    const path = join(stagesDir, name);
    const text = readFileSync(path, 'utf8');
    const match = FRONTMATTER.exec(text);
    const stage = { id: name.replace(/\.mdx$/, ''), file: rel(path) };
    if (!match) {
      source.parseErrors.push({
        ...stage,
        field: '(frontmatter)',
        message: 'no frontmatter found',
        hint: 'start the file with a line "---", the YAML fields, then another "---"',
      });
      continue;
    }
    try {
      const data = yaml.load(match[1] ?? '');
      const bodyLine = match[0].split('\n').length;
      source.stages.push({ ...stage, data, body: text.slice(match[0].length), bodyLine });
    } catch (error) {
      const { line, reason } = yamlFailure(error, 2);
      source.parseErrors.push({
        ...stage,
        field: line ? `frontmatter (line ${line})` : 'frontmatter',
        message: `YAML does not parse: ${reason}`,
        hint: 'indent nested fields by two spaces, start list items with "- " and quote values holding ": "',
      });
    }
  }
  const resourcesPath = join(contentDir, 'resources.yaml');
  source.resourcesFile = rel(resourcesPath);
  let text: string | undefined;
  try {
    text = readFileSync(resourcesPath, 'utf8');
  } catch {
    source.parseErrors.push({
      file: source.resourcesFile,
      field: '(file)',
      message: 'the resources file is missing',
      hint: 'create it as a YAML list of resources, each starting with "- id: ..."',
    });
  }
  try {
    if (text !== undefined) source.resources = yaml.load(text) ?? [];
  } catch (error) {
    const { line, reason } = yamlFailure(error, 1);
    source.parseErrors.push({
      file: source.resourcesFile,
      field: line ? `line ${line}` : '(file)',
      message: `YAML does not parse: ${reason}`,
      hint:
        'start each resource with "- id: ...", line its other fields up under "id", ' +
        'and quote values that contain ": "',
    });
  }
  return source;
}
