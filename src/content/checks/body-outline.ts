import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** What a stage body contains that can break a page: anchors it defines, links and images it uses. */
export interface BodyOutline {
  /** Headings with the element id Astro gives them; `line` counts from the body's first line. */
  headings: { text: string; id: string; line: number }[];
  /** `id` attributes written by hand on JSX elements. */
  ids: { id: string; line: number }[];
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

/**
 * Astro also runs smartypants, which turns `--` into a dash before heading ids are made from the text, so
 * ids depend on it. It is slow over a whole body and only heading text matters here, so it runs on each
 * heading alone (changing that heading's text in place, which nothing else reads).
 */
const typography = unified().use(remarkSmartypants);

function headingText(heading: Heading): string {
  const root: Root = { type: 'root', children: [heading] };
  typography.runSync(root);
  return toString(root, { includeImageAlt: false });
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

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
 * Parses a stage body (MDX after the frontmatter). Heading ids come from `github-slugger` over the
 * heading's text, one slugger per body, as Astro's `rehypeHeadingIds` does, so the second "Common
 * mistakes" becomes `common-mistakes-1`. Headings holding math are the one approximation: Astro slugs
 * KaTeX's rendered text, this slugs the TeX source. Code blocks and inline code are leaves of the tree,
 * so links or images written inside them are never seen.
 */
export function outlineBody(body: string): BodyOutline | BodyParseError {
  let tree;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const { line, reason, message } = error as { line?: number; reason?: string; message: string };
    return { line: line ?? 1, reason: (reason ?? message).split('\n')[0] ?? 'unknown error' };
  }
  const outline: BodyOutline = { headings: [], ids: [], links: [], expressions: [], images: [] };
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'heading': {
        const text = headingText(node);
        outline.headings.push({ text, id: slugger.slug(text), line });
        break;
      }
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
        const id = attribute(node, 'id');
        if (id) outline.ids.push({ id, line });
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
