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

/** Renders a short Markdown string (such as a self-check answer) to HTML at build time. */
export async function renderMarkdown(text: string): Promise<{ html: string; hasMath: boolean }> {
  renderer ??= markdownProcessor.createRenderer({});
  const { code, metadata } = await (await renderer).render(text);
  return { html: code, hasMath: metadata.frontmatter.hasMath === true };
}

/** The content of a one-paragraph rendering, for places that take phrasing content only. */
export function inlineHtml(html: string): string {
  return html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
