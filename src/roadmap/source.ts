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

/** Reads `content/stages/*.mdx` and `content/resources.yaml` below `contentDir`. */
export function readContent(contentDir: string, root = process.cwd()): ContentSource {
  const rel = (path: string) => relative(root, path) || path;
  const source: ContentSource = { stages: [], resourcesFile: '', resources: [], parseErrors: [] };
  const stagesDir = join(contentDir, 'stages');
  let names: string[] = [];
  try {
    names = readdirSync(stagesDir).filter((n) => n.endsWith('.mdx')).sort();
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
      source.parseErrors.push({
        ...stage,
        field: '(frontmatter)',
        message: `YAML does not parse: ${(error as Error).message.split('\n')[0]}`,
        hint: 'check indentation and quote values that contain ": "',
      });
    }
  }
  const resourcesPath = join(contentDir, 'resources.yaml');
  source.resourcesFile = rel(resourcesPath);
  try {
    source.resources = yaml.load(readFileSync(resourcesPath, 'utf8')) ?? [];
  } catch (error) {
    source.parseErrors.push({
      file: source.resourcesFile,
      field: '(file)',
      message: `cannot be read: ${(error as Error).message.split('\n')[0]}`,
      hint: 'it must be a YAML list of resources',
    });
  }
  return source;
}
