import { getCollection, type CollectionEntry } from 'astro:content';
import { inRoadmapOrder } from './order.ts';

export type StageCollectionEntry = CollectionEntry<'stages'>;
export type ResourceCollectionEntry = CollectionEntry<'resources'>;

/** Every stage in roadmap order. */
export async function getStages(): Promise<StageCollectionEntry[]> {
  return inRoadmapOrder(await getCollection('stages'));
}

/** Every resource by id. */
export async function getResources(): Promise<Map<string, ResourceCollectionEntry['data']>> {
  const entries = await getCollection('resources');
  return new Map(entries.map((e) => [e.id, e.data]));
}
