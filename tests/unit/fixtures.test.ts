import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/content/checks/problems.ts';
import { readContent } from '../../src/content/checks/read-content.ts';
import { validateContent } from '../../src/content/checks/check-content.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface Expected {
  /** The stage file name, or `resources.yaml`. */
  file: string;
  field: string;
  message: RegExp;
  severity?: Problem['severity'];
}

/**
 * Each fixture folder holds one defect, and here is everything the validation must say about it: no more
 * (a defect reported twice, or a false alarm, is as confusing as silence), no less.
 */
const cases: Record<string, Expected[]> = {
  clean: [],
  'missing-field': [{ file: 'counting.mdx', field: 'summary', message: /^is missing$/ }],
  'unknown-field': [{ file: 'counting.mdx', field: 'prerequisits', message: /^is not a known field$/ }],
  'bad-milestone-id': [{ file: 'counting.mdx', field: 'milestones[0].id', message: /must be kebab-case/ }],
  'duplicate-milestone-id': [
    {
      file: 'counting.mdx',
      field: 'milestones[1].id',
      message: /^duplicate milestone id "count-to-ten" \(also milestones\[0\]\)$/,
    },
  ],
  'duplicate-order': [
    { file: 'sorting.mdx', field: 'order', message: /^order 1 is also used by stage "counting"$/ },
  ],
  'unknown-prerequisite': [
    { file: 'counting.mdx', field: 'prerequisites[0]', message: /^unknown stage "tallying"$/ },
  ],
  'prerequisite-cycle': [
    {
      file: 'counting.mdx',
      field: 'prerequisites',
      message: /^prerequisites form a cycle: counting → sorting → counting$/,
    },
  ],
  'unknown-resource': [
    {
      file: 'counting.mdx',
      field: 'milestones[0].resources[0]',
      message: /^unknown resource "abacus-handbook"$/,
    },
  ],
  'alias-collision': [
    {
      file: 'counting.mdx',
      field: 'milestones[1].aliases[0]',
      message: /^alias "count-to-ten" is the id of live milestone milestones\[0\]$/,
    },
  ],
  'hours-out-of-range': [
    { file: 'counting.mdx', field: 'milestones[0].hours', message: /^must be at most 80/ },
  ],
  'broken-page-link': [
    {
      file: 'sorting.mdx',
      field: 'body (line 19)',
      message: /^link "\.\.\/countng\/" goes to \/stages\/countng\/, which is not a page/,
    },
  ],
  'missing-trailing-slash': [
    {
      file: 'counting.mdx',
      field: 'body (line 23)',
      message: /^link "\.\.\/\.\.\/progress" lacks the trailing slash/,
    },
  ],
  'root-absolute-link': [
    {
      file: 'counting.mdx',
      field: 'body (line 23)',
      message: /^link "\/progress\/" starts at the site root/,
    },
  ],
  'broken-anchor': [
    {
      file: 'counting.mdx',
      field: 'body (line 22)',
      message: /^link "#count-to-tne" goes to #count-to-tne, which is not an id on \/stages\/counting\/$/,
    },
  ],
  'image-without-alt': [
    { file: 'counting.mdx', field: 'body (line 25)', message: /^image has no alt text$/ },
  ],
  'heading-collision': [
    {
      file: 'counting.mdx',
      field: 'body (line 27)',
      message:
        /^heading "Count to ten" gets the id "count-to-ten", which milestone milestones\[0\] also has$/,
    },
  ],
  'bad-yaml': [
    { file: 'counting.mdx', field: 'frontmatter (line 5)', message: /^YAML does not parse: bad indentation/ },
  ],
  'mdx-syntax': [{ file: 'counting.mdx', field: 'body (line 29)', message: /^MDX does not parse: / }],
  'mdx-expression': [
    {
      file: 'counting.mdx',
      field: 'body (line 29)',
      message: /^\{twice\} is a JavaScript expression in MDX/,
    },
  ],
  'uncited-resource': [
    {
      file: 'resources.yaml',
      field: '[1].id',
      message: /^resource "pebble-sorting-notes" is never cited/,
      severity: 'warning',
    },
  ],
};

const problemsOf = (name: string) => validateContent(readContent(`${fixtures}${name}`, root));
const pathOf = (name: string, file: string) =>
  `tests/fixtures/${name}/${file === 'resources.yaml' ? file : `stages/${file}`}`;

describe('content fixtures, one defect each', () => {
  it('has a case for every fixture folder, and a folder for every case', () => {
    expect(readdirSync(fixtures).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))('%s', (name, expected) => {
    const problems = problemsOf(name);
    expect(problems).toEqual(
      expected.map((e) =>
        expect.objectContaining({
          file: pathOf(name, e.file),
          field: e.field,
          message: expect.stringMatching(e.message),
          severity: e.severity ?? 'error',
        }),
      ),
    );
    for (const p of problems) {
      // `file: field: what is wrong; how to fix`, with a real hint after the semicolon.
      expect(formatProblem(p)).toMatch(new RegExp(`^${p.file}: [^:]+: .+; \\S.{10,}$`));
    }
  });

  it('suggests the likely spelling when a name is almost right', () => {
    const hint = (name: string) => problemsOf(name)[0]?.hint;
    expect(hint('unknown-field')).toMatch(/^did you mean "prerequisites"\?/);
    expect(hint('broken-page-link')).toMatch(/^did you mean "\.\.\/counting\/"\?/);
    expect(hint('broken-anchor')).toMatch(/^did you mean "#count-to-ten"\?/);
    expect(hint('root-absolute-link')).toBe('write it relative to this page: "../../progress/"');
    expect(hint('missing-trailing-slash')).toMatch(/^write "\.\.\/\.\.\/progress\/"/);
  });
});
