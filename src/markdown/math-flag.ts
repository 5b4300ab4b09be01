import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Whether a Markdown tree holds any math, so pages load KaTeX's CSS only when they need it. */
export function hasMath(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') found = true;
  });
  return found;
}

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** Remark plugin: sets `hasMath` in the entry's plugin frontmatter (read via `render()`). */
export function remarkMathFlag() {
  return (tree: Root, file: { data: AstroFileData }) => {
    const astro = (file.data.astro ??= {});
    (astro.frontmatter ??= {}).hasMath = hasMath(tree);
  };
}
