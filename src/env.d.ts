/** A per-build id (see astro.config.mjs): Pagefind's metaCacheTag, so caches never mix builds. */
declare const __MLR_BUILD_ID__: string;
