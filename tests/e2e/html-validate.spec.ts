import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { builtPages } from '../../scripts/perf/built-site.ts';
import { stagePage, stages } from './content.ts';
import { expect, test } from './fixtures.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const stylish = formatterFactory('stylish');
const pages = builtPages('dist');

test('the build has every page we expect: the fixed ones and one per stage of the content', () => {
  const paths = pages.map((page) => page.path);
  expect(paths).toEqual(expect.arrayContaining(['', '404.html', 'progress/', 'search/']));
  expect(paths.filter((path) => path.startsWith('stages/')).sort()).toEqual(stages.map(stagePage).sort());
});

for (const page of pages) {
  test(`html-validate: /${page.path}`, async () => {
    const report = await validator.validateFile(page.file);
    expect(report.valid, stylish(report.results)).toBe(true);
  });
}
