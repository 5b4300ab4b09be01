import { unified } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { limitMdxCompiles } from './compile-limit.ts';
import { remarkMathFlag } from './math-flag.ts';

/** The one Markdown pipeline: stage bodies (via astro.config) and short Markdown fields. */
export const markdownProcessor = limitMdxCompiles(
  unified({
    remarkPlugins: [remarkMath, remarkMathFlag],
    rehypePlugins: [rehypeKatex],
  }),
);

let renderer: ReturnType<typeof markdownProcessor.createRenderer> | undefined;
type Rendered = { html: string; hasMath: boolean };
/** The review page shows every stage's answers again: each text is rendered once per build. */
const renderedTexts = new Map<string, Promise<Rendered>>();

async function render(text: string): Promise<Rendered> {
  renderer ??= markdownProcessor.createRenderer({});
  const { code, metadata } = await (await renderer).render(text);
  return { html: code, hasMath: metadata.frontmatter.hasMath === true };
}

/** Renders a short Markdown string (such as a self-check answer) to HTML at build time. */
export function renderMarkdown(text: string): Promise<Rendered> {
  let rendered = renderedTexts.get(text);
  if (!rendered) renderedTexts.set(text, (rendered = render(text)));
  return rendered;
}

/** The content of a one-paragraph rendering, for places that take phrasing content only. */
export function inlineHtml(html: string): string {
  return html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
