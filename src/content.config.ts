import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { resourceSchema, stageSchema } from './content/schema.ts';
import { contentDir } from './content/content-dir.ts';

export const collections = {
  /** One MDX file per stage: frontmatter is typed data, the body is prose and math. */
  stages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${contentDir}/stages` }),
    schema: stageSchema,
  }),
  /** Curated resources, cited by id from stages. */
  resources: defineCollection({
    loader: file(`./${contentDir}/resources.yaml`),
    schema: resourceSchema,
  }),
};
