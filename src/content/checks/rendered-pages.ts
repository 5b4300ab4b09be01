import { stagePath } from '../../paths.ts';
import type { OutlinedBody } from './body-checks.ts';
import type { BuiltPage, BuiltSite } from './built-site.ts';
import type { CheckedStage } from './cross-checks.ts';
import { relativeLink, resolveLink } from './links.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

const ANCHOR_KINDS =
  'a heading by its slug (## Model serving → #model-serving), a milestone by its id, resource-<id>, ' +
  'check-<n>, outcomes, milestones, self-check or resources';

/** Heading text compared without punctuation or typography (smart quotes, dashes), which builds change. */
const loose = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Ids that more than one element of the page carries. */
const repeatedIds = (page: BuiltPage) => new Set(page.ids.filter((id, i) => page.ids.indexOf(id) !== i));

type Report = (line: number | undefined, message: string, hint: string) => void;

/** Two elements with one id make links and deep links land on the wrong one. */
function checkIds(body: OutlinedBody, stage: CheckedStage | undefined, page: BuiltPage, report: Report) {
  for (const id of repeatedIds(page)) {
    const heading = page.headings.find(
      (h) => h.id === id && body.outline.headings.some((b) => loose(b.text) === loose(h.text)),
    );
    const line = heading && body.outline.headings.find((b) => loose(b.text) === loose(heading.text))?.line;
    const milestone = stage?.data.milestones.findIndex((m) => m.id === id) ?? -1;
    if (heading && milestone >= 0)
      report(
        line,
        `heading "${heading.text}" gets the id "${id}", which milestone milestones[${milestone}] also has`,
        'reword the heading, not the milestone (milestone ids are permanent): with two elements sharing ' +
          "the id, the milestone's deep link jumps to the heading",
      );
    else if (heading)
      report(
        line,
        `heading "${heading.text}" gets the id "${id}", which another element of the page also has`,
        'reword the heading so its id is unique on the page',
      );
    else
      report(undefined, `id "${id}" is used by more than one element of the built page`, 'choose an id that nothing else on the page uses');
  }
}

function checkLinks(body: OutlinedBody, site: BuiltSite, report: Report) {
  const from = stagePath(body.id);
  for (const { target, line } of body.outline.links) {
    const link = target.trim() ? resolveLink(target, from) : null;
    if (!link) continue;
    const page = site.get(link.path);
    if (!page) {
      if (site.has(`${link.path}/`))
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
          didYouMean(link.path, site.keys(), (p) => `"${relativeLink(from, p, link.hash)}"`) +
            'link a stage as ../<stage-id>/ (its file name without .mdx), the home page as ../../, ' +
            'or ../../search/, ../../progress/',
        );
    } else if (link.hash && !page.ids.includes(link.hash)) {
      report(
        line,
        `link "${target}" goes to #${link.hash}, which is not an id on ${link.path}`,
        didYouMean(link.hash, page.ids, (id) => `"${relativeLink(from, link.path, id)}"`) +
          (link.path.startsWith('/stages/') ? `link ${ANCHOR_KINDS}` : 'link the page without an anchor'),
      );
    } else if (link.rootAbsolute) {
      report(
        line,
        `link "${target}" starts at the site root, so it breaks when the site is built under a sub-path`,
        `write it relative to this page: "${relativeLink(from, link.path, link.hash)}"`,
      );
    }
  }
}

/**
 * Checks stage bodies against the pages the build really rendered, so no model of the templates has to
 * be kept by hand: every internal link lands on a page and an id that exist, and no id is used twice.
 * Other pages are held to unique ids too, naming the built page, since only a template can cause that.
 */
export function checkRenderedPages(
  bodies: readonly OutlinedBody[],
  stages: readonly CheckedStage[],
  site: BuiltSite,
): Problem[] {
  const problems: Problem[] = [];
  for (const body of bodies) {
    const report: Report = (line, message, hint) =>
      problems.push({
        file: body.file,
        field: line === undefined ? 'body' : `body (line ${body.bodyLine + line - 1})`,
        message,
        hint,
        severity: 'error',
      });
    const page = site.get(stagePath(body.id));
    if (page) checkIds(body, stages.find((s) => s.id === body.id), page, report);
    checkLinks(body, site, report);
  }
  const stagePages = new Set(bodies.map((b) => stagePath(b.id)));
  for (const [path, page] of site) {
    if (stagePages.has(path)) continue;
    for (const id of repeatedIds(page))
      problems.push({
        file: `built page ${path}`,
        field: `id "${id}"`,
        message: 'is used by more than one element',
        hint: 'give each element its own id in the template that renders this page',
        severity: 'error',
      });
  }
  return problems;
}
