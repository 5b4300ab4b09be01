// html-validate's recommended rules for every built page (tests/e2e/html-validate.spec.ts).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // KaTeX positions each glyph with inline height, margin and vertical-align, and Shiki colours
    // code tokens with inline properties: generated markup, not ours. Our components use classes.
    'no-inline-style': 'off',
  },
};
