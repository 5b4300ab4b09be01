import type { Stage } from '../schema.ts';
import { resolveLink, relativeLink } from './links.ts';
import { outlineBody, type BodyOutline } from './body-outline.ts';
import type { Problem } from './problems.ts';
import { stagePath } from '../../paths.ts';
import { sitePages, type PageIds } from './site-map.ts';
import { didYouMean } from './suggest.ts';

/** A stage body to check; `data` is present when the frontmatter passed its schema. */
export interface BodyStage {
  id: string;
  file: string;
  body: string;
  bodyLine: number;
  data?: Stage | undefined;
}

type Report = (line: number, message: string, hint: string) => void;

const MDX_HINT =
  'in prose write < as &lt; and { } as \\{ \\}, put code in backticks, and close every JSX tag you open';
const ANCHOR_KINDS =
  'a heading by its slug (## Model serving → #model-serving), a milestone by its id, resource-<id>, ' +
  'check-<n>, outcomes, milestones, self-check or resources';

/**
 * Gives every heading and hand-written id of the body a place among the ids the page already renders,
 * reporting any that is taken: two elements with one id make links and deep links land on the wrong one.
 */
function claimIds(stage: BodyStage & { data: Stage }, outline: BodyOutline, ids: PageIds, report: Report) {
  const isMilestone = (id: string) => stage.data.milestones.some((m) => m.id === id);
  for (const h of outline.headings) {
    const owner = ids.get(h.id);
    if (owner === undefined) ids.set(h.id, `the heading "${h.text}"`);
    else if (isMilestone(h.id))
      report(
        h.line,
        `heading "${h.text}" gets the id "${h.id}", which ${owner} also has`,
        'reword the heading, not the milestone (milestone ids are permanent): with two elements sharing ' +
          "the id, the milestone's deep link jumps to the heading",
      );
    else
      report(
        h.line,
        `heading "${h.text}" gets the id "${h.id}", which ${owner} already has`,
        'reword the heading so its id is unique on the page',
      );
  }
  for (const { id, line } of outline.ids) {
    const owner = ids.get(id);
    if (owner === undefined) ids.set(id, `the element with id "${id}"`);
    else
      report(
        line,
        `id "${id}" is already used by ${owner}`,
        'choose an id that nothing else on the page uses',
      );
  }
}

/** Prose braces run as code in MDX: `{twice}` fails the build with "twice is not defined". */
function checkExpressions(outline: BodyOutline, report: Report) {
  for (const { source, line } of outline.expressions)
    report(
      line,
      `{${source}} is a JavaScript expression in MDX, not text`,
      'write \\{ and \\} to show braces, or put the text in backticks or $...$ math',
    );
}

function checkImages(outline: BodyOutline, report: Report) {
  for (const image of outline.images) {
    if (image.alt) continue;
    if (image.jsx)
      report(
        image.line,
        '<img> has no alt text',
        'add alt="what the image shows": screen readers read it aloud',
      );
    else
      report(
        image.line,
        'image has no alt text',
        'describe what it shows between the brackets, as in ![Loss falling, then flat after epoch 20]' +
          '(loss.png): screen readers read it aloud',
      );
  }
}

function checkLinks(
  stage: BodyStage,
  outline: BodyOutline,
  pages: Map<string, PageIds | null>,
  report: Report,
) {
  const from = stagePath(stage.id);
  for (const { target, line } of outline.links) {
    if (!target.trim()) {
      report(
        line,
        'link has an empty target',
        'put a page like ../mlops/ or an anchor like #outcomes in the ( )',
      );
      continue;
    }
    const link = resolveLink(target, from);
    if (!link) continue;
    const ids = pages.get(link.path);
    const shown = relativeLink(from, link.path, link.hash);
    if (ids === undefined) {
      if (pages.has(`${link.path}/`))
        report(
          line,
          `link "${target}" lacks the trailing slash of ${link.path}/`,
          `write "${relativeLink(from, `${link.path}/`, link.hash)}": pages are built as folders, ` +
            'and the dev server (and some hosts) answer 404 without the slash',
        );
      else
        report(
          line,
          `link "${target}" goes to ${link.path}, which is not a page of the site`,
          didYouMean(link.path, pages.keys(), (p) => `"${relativeLink(from, p, link.hash)}"`) +
            'link a stage as ../<stage-id>/ (its file name without .mdx), the home page as ../../, ' +
            'or ../../search/, ../../progress/',
        );
    } else if (link.hash && ids && !ids.has(link.hash)) {
      report(
        line,
        `link "${target}" goes to #${link.hash}, which is not an id on ${link.path}`,
        didYouMean(link.hash, ids.keys(), (id) => `"${relativeLink(from, link.path, id)}"`) +
          (link.path.startsWith('/stages/') ? `link ${ANCHOR_KINDS}` : 'link the page without an anchor'),
      );
    } else if (link.rootAbsolute) {
      report(
        line,
        `link "${target}" starts at the site root, so it breaks when the site is built under a sub-path`,
        `write it relative to this page: "${shown}"`,
      );
    }
  }
}

/**
 * Checks what the schema cannot see in stage bodies: that the MDX parses and holds no stray `{...}`, every
 * internal link lands on a page and an id that exist, every image has alt text, and no heading takes an
 * id the page already uses.
 * Line numbers count from the top of the file.
 */
export function checkBodies(stages: readonly BodyStage[]): Problem[] {
  const problems: Problem[] = [];
  const reporter =
    (stage: BodyStage): Report =>
    (line, message, hint) =>
      problems.push({
        file: stage.file,
        field: `body (line ${stage.bodyLine + line - 1})`,
        message,
        hint,
        severity: 'error',
      });

  const outlines = new Map<string, BodyOutline>();
  for (const stage of stages) {
    const outline = outlineBody(stage.body);
    if ('reason' in outline) reporter(stage)(outline.line, `MDX does not parse: ${outline.reason}`, MDX_HINT);
    else outlines.set(stage.id, outline);
  }

  const pages = sitePages(stages);
  for (const stage of stages) {
    const outline = outlines.get(stage.id);
    const ids = pages.get(stagePath(stage.id));
    // Without a parsed body or valid frontmatter the page's ids are unknown: skip anchors into it.
    if (!outline || !ids || !stage.data) pages.set(stagePath(stage.id), null);
    else claimIds({ ...stage, data: stage.data }, outline, ids, reporter(stage));
  }
  for (const stage of stages) {
    const outline = outlines.get(stage.id);
    if (!outline) continue;
    checkExpressions(outline, reporter(stage));
    checkImages(outline, reporter(stage));
    checkLinks(stage, outline, pages, reporter(stage));
  }
  return problems;
}
