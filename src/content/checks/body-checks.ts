import { outlineBody, type BodyOutline } from './body-outline.ts';
import type { Problem } from './problems.ts';

/** A stage body to check. */
export interface BodyStage {
  id: string;
  file: string;
  body: string;
  bodyLine: number;
}

/** A parsed body, kept for the checks that run on the built pages (rendered-pages.ts). */
export interface OutlinedBody {
  id: string;
  file: string;
  bodyLine: number;
  outline: BodyOutline;
}

type Report = (line: number, message: string, hint: string) => void;

const MDX_HINT =
  'in prose write < as &lt; and { } as \\{ \\}, put code in backticks, and close every JSX tag you open';

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
      report(image.line, '<img> has no alt text', 'add alt="what the image shows": screen readers read it aloud');
    else
      report(
        image.line,
        'image has no alt text',
        'describe what it shows between the brackets, as in ![Loss falling, then flat after epoch 20]' +
          '(loss.png): screen readers read it aloud',
      );
  }
}

/** What a link's text alone can show; where it lands is checked on the built site. */
function checkLinkSyntax(outline: BodyOutline, report: Report) {
  for (const { target, line } of outline.links) {
    if (!target.trim())
      report(line, 'link has an empty target', 'put a page like ../mlops/ or an anchor like #outcomes in the ( )');
  }
}

/**
 * Checks what the schema cannot see in stage bodies and a build would trip over: that the MDX parses and
 * holds no stray `{...}`, and that every image has alt text. Returns the parsed bodies too, for the
 * link and id checks that run once the pages are built. Line numbers count from the top of the file.
 */
export function checkBodies(stages: readonly BodyStage[]): { problems: Problem[]; bodies: OutlinedBody[] } {
  const problems: Problem[] = [];
  const bodies: OutlinedBody[] = [];
  for (const stage of stages) {
    const report: Report = (line, message, hint) =>
      problems.push({
        file: stage.file,
        field: `body (line ${stage.bodyLine + line - 1})`,
        message,
        hint,
        severity: 'error',
      });
    const outline = outlineBody(stage.body);
    if ('reason' in outline) {
      report(outline.line, `MDX does not parse: ${outline.reason}`, MDX_HINT);
      continue;
    }
    checkExpressions(outline, report);
    checkImages(outline, report);
    checkLinkSyntax(outline, report);
    bodies.push({ id: stage.id, file: stage.file, bodyLine: stage.bodyLine, outline });
  }
  return { problems, bodies };
}

