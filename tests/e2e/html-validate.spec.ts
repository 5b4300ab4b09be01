import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { builtPages } from './pages.ts';
import { expect, test } from './fixtures.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const stylish = formatterFactory('stylish');

test('the build has every page we expect', () => {
  const pages = builtPages();
  expect(pages).toEqual(
    expect.arrayContaining(['', '404.html', 'progress/', 'search/', 'stages/mathematics/']),
  );
  expect(pages.filter((p) => p.startsWith('stages/')).length).toBeGreaterThanOrEqual(13);
});

for (const page of builtPages()) {
  test(`html-validate: /${page}`, async () => {
    const file = page.endsWith('.html') ? `dist/${page}` : `dist/${page}index.html`;
    const report = await validator.validateFile(file);
    expect(report.valid, stylish(report.results)).toBe(true);
  });
}
