import { describe, expect, it } from 'vitest';
import { findCycle } from '../../src/content/checks/graph.ts';

describe('findCycle', () => {
  it('returns null for a DAG and ignores unknown nodes', () => {
    const graph = new Map([
      ['a', []],
      ['b', ['a', 'ghost']],
      ['c', ['a', 'b']],
    ]);
    expect(findCycle(graph)).toBeNull();
  });

  it('finds a self-loop and a longer cycle', () => {
    expect(findCycle(new Map([['a', ['a']]]))).toEqual(['a', 'a']);
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
  });
});
