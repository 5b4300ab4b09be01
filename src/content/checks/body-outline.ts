import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** What a stage body contains that can break a page, with line numbers counted from the body's start. */
export interface BodyOutline {
  /** Headings as written (level 1 to 6), so a problem the built page shows can be traced to its line. */
  headings: { text: string; line: number; depth: number; math: boolean }[];
  /** Targets of Markdown links and link definitions, and `href`s of JSX elements. */
  links: { target: string; line: number }[];
  /** `{...}` that MDX will run as JavaScript (comments alone are left out: they render nothing). */
  expressions: { source: string; line: number }[];
  /** Markdown images and `<img>` elements; `alt` is '' when missing or empty. */
  images: { alt: string; line: number; jsx: boolean }[];
}

/** A body that MDX itself cannot parse, so nothing else about it can be checked. */
export interface BodyParseError {
  line: number;
  reason: string;
}

type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/**
 * The same syntax extensions as Astro's MDX pipeline (remark-mdx, GFM, then our math), so a body that
 * fails to parse here would fail the build there, and one that parses yields the same tree.
 */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

/** Whether a node holds math, whose rendered text (KaTeX's) differs from its source. */
function hasMath(node: Nodes): boolean {
  let found = false;
  visit(node, 'inlineMath', () => {
    found = true;
  });
  return found;
}

/**
 * The value of a JSX attribute: its string, `undefined` when the attribute is absent, or `null` when it is
 * computed (`{...}` that is not a plain string literal), which no static check can know.
 */
function attribute(node: JsxElement, name: string): string | null | undefined {
  let found: string | null | undefined;
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxExpressionAttribute') found ??= null;
    else if (attr.name === name) {
      if (attr.value === null || attr.value === undefined) return '';
      if (typeof attr.value === 'string') return attr.value;
      const literal = /^\s*(['"`])([^'"`$\\]*)\1\s*$/.exec(attr.value.value);
      return literal ? (literal[2] ?? '') : null;
    }
  }
  return found;
}

/**
 * Parses a stage body (MDX after the frontmatter). Element ids are not worked out here: the build
 * checks them on the pages it really rendered (rendered-pages.ts). Code blocks and inline code are
 * leaves of the tree, so links or images written inside them are never seen.
 */
export function outlineBody(body: string): BodyOutline | BodyParseError {
  let tree;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const { line, reason, message } = error as { line?: number; reason?: string; message: string };
    return { line: line ?? 1, reason: (reason ?? message).split('\n')[0] ?? 'unknown error' };
  }
  const outline: BodyOutline = { headings: [], links: [], expressions: [], images: [] };
  visit(tree, (node) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'heading':
        outline.headings.push({
          text: toString(node, { includeImageAlt: false }),
          line,
          depth: node.depth,
          math: hasMath(node),
        });
        break;
      case 'link':
      case 'definition':
        outline.links.push({ target: node.url, line });
        break;
      case 'image':
      case 'imageReference':
        outline.images.push({ alt: (node.alt ?? '').trim(), line, jsx: false });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (node.data?.estree?.body.length !== 0) outline.expressions.push({ source: node.value, line });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const href = attribute(node, 'href');
        if (typeof href === 'string') outline.links.push({ target: href, line });
        if (node.name === 'img') {
          const alt = attribute(node, 'alt');
          if (alt !== null) outline.images.push({ alt: (alt ?? '').trim(), line, jsx: true });
        }
        break;
      }
    }
  });
  return outline;
}
