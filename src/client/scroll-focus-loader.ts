// Only a page with a table or a display formula loads the code that makes the wide ones tab stops
// (scroll-focus.ts); it runs after the page is shown, which is soon enough for a keyboard reader.
const boxes = [...document.querySelectorAll<HTMLElement>('main :is(table, .katex-display)')];
if (boxes.length) void import('./scroll-focus.ts').then(({ focusWhenWide }) => focusWhenWide(boxes));
