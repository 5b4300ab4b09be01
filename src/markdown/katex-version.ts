import katexPackage from 'katex/package.json' with { type: 'json' };

/** The KaTeX release rehype-katex renders with; its stylesheet and fonts must be the same one. */
export const KATEX_VERSION: string = katexPackage.version;
