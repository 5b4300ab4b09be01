import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/checks/problems.ts';
import { validateContent } from '../../src/content/checks/check-content.ts';
import { content, goodResources, stage, stageData } from './helpers.ts';

const errorsOf = (source: Parameters<typeof validateContent>[0]) =>
  validateContent(source)
    .filter((p) => p.severity === 'error')
    .map(formatProblem);

describe('content validation', () => {
  it('accepts a good stage and resource', () => {
    expect(validateContent(content([stage('mathematics', stageData())]))).toEqual([]);
  });

  it('names the file and field of a missing field', () => {
    const { summary: _, ...data } = stageData();
    expect(errorsOf(content([stage('mathematics', data)]))).toEqual([
      expect.stringMatching(/^content\/stages\/mathematics\.mdx: summary: .+; /),
    ]);
  });

  it('rejects a milestone id that is not kebab-case, naming its index', () => {
    const data = stageData();
    data.milestones[1]!.id = 'Gradients_1';
    expect(errorsOf(content([stage('mathematics', data)]))).toEqual([
      expect.stringMatching(/mathematics\.mdx: milestones\[1\]\.id: must be kebab-case/),
    ]);
  });

  it('rejects hours outside (0, 80] and an unknown kind', () => {
    const data = stageData();
    data.milestones[0]!.hours = 0;
    data.milestones[1] = { ...data.milestones[1]!, hours: 81, kind: 'lecture' };
    const errors = errorsOf(content([stage('mathematics', data)]));
    expect(errors).toContainEqual(expect.stringContaining('milestones[0].hours: must be more than 0'));
    expect(errors).toContainEqual(expect.stringContaining('milestones[1].hours: must be at most 80'));
    expect(errors).toContainEqual(expect.stringContaining('milestones[1].kind:'));
  });

  it('rejects a duplicate milestone id', () => {
    const data = stageData();
    data.milestones[1]!.id = 'vectors';
    expect(errorsOf(content([stage('mathematics', data)]))).toEqual([
      expect.stringMatching(/mathematics\.mdx: milestones\[1\]\.id: duplicate milestone id "vectors"/),
    ]);
  });

  it('rejects a prerequisite naming a missing stage', () => {
    const data = stageData({ prerequisites: ['statistics'] });
    expect(errorsOf(content([stage('mathematics', data)]))).toEqual([
      expect.stringMatching(/mathematics\.mdx: prerequisites\[0\]: unknown stage "statistics"/),
    ]);
  });

  it('rejects a reference to a missing resource, in a milestone or the stage', () => {
    const data = stageData({ resources: ['nope'] });
    data.milestones[0]!.resources = ['missing-book'];
    expect(errorsOf(content([stage('mathematics', data)]))).toEqual([
      expect.stringContaining('mathematics.mdx: resources[0]: unknown resource "nope"'),
      expect.stringContaining('mathematics.mdx: milestones[0].resources[0]: unknown resource "missing-book"'),
    ]);
  });

  it('rejects two stages with the same order and a prerequisite cycle', () => {
    const a = stage('a-stage', stageData({ order: 1, prerequisites: ['b-stage'] }));
    const b = stage('b-stage', stageData({ order: 1, prerequisites: ['a-stage'] }));
    const errors = errorsOf(content([a, b]));
    expect(errors).toContainEqual(
      expect.stringContaining('b-stage.mdx: order: order 1 is also used by stage "a-stage"'),
    );
    expect(errors).toContainEqual(
      expect.stringContaining('prerequisites form a cycle: a-stage → b-stage → a-stage'),
    );
  });

  it('rejects an alias that collides with a live milestone id', () => {
    const data = stageData();
    data.milestones[0]!.aliases = ['gradients'];
    expect(errorsOf(content([stage('mathematics', data)]))).toEqual([
      expect.stringContaining(
        'milestones[0].aliases[0]: alias "gradients" is the id of live milestone milestones[1]',
      ),
    ]);
  });

  it('rejects a bad resource, naming its index and field', () => {
    const resources = [
      ...goodResources,
      { id: 'x-book', title: 'X', url: 'not a url', type: 'book', cost: 'cheap' },
    ];
    const errors = errorsOf(content([stage('mathematics', stageData())], resources));
    expect(errors).toContainEqual(expect.stringMatching(/^content\/resources\.yaml: \[1\]\.url: /));
    expect(errors).toContainEqual(expect.stringMatching(/^content\/resources\.yaml: \[1\]\.cost: /));
  });

  it('names a resource by its place in the file, even after an entry that failed its schema', () => {
    const broken = { ...goodResources[0], id: 'broken', url: 'htp://example.org' };
    const resources = [goodResources[0], broken, goodResources[0]];
    const errors = errorsOf(content([stage('mathematics', stageData())], resources));
    expect(errors).toEqual([
      expect.stringContaining('resources.yaml: [1].url: "htp://example.org" is not a web address'),
      expect.stringContaining('resources.yaml: [2].id: duplicate resource id "mml-book"'),
    ]);
  });

  it('reports a stage that requires itself once, not also as a cycle', () => {
    const errors = errorsOf(content([stage('mathematics', stageData({ prerequisites: ['mathematics'] }))]));
    expect(errors).toEqual([expect.stringContaining('prerequisites[0]: a stage cannot require itself')]);
  });

  it('warns, without failing, about a resource nobody cites', () => {
    const resources = [...goodResources, { ...goodResources[0], id: 'unused' }];
    const problems = validateContent(content([stage('mathematics', stageData())], resources));
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: '[1].id' })]);
  });
});
