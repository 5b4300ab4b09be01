import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADERS_FILE, NGINX_FILE } from '../../src/deploy/files.ts';
import { SECURITY_HEADERS } from '../../src/deploy/headers.ts';
import { headersFile, NGINX_DEFAULTS, nginxServer } from '../../src/deploy/render.ts';
import { HEADER_CSP, PAGE_DIRECTIVES, PAGEFIND_WORKER_CSP } from '../../src/security/csp.ts';

const directives = (policy: string) => policy.split(';').map((d) => d.trim().split(/\s+/)[0]);

describe('the deploy configurations', () => {
  it.each([
    [HEADERS_FILE, headersFile],
    [NGINX_FILE, nginxServer],
  ])(
    '%s is what src/deploy/headers.ts says (run `npm run deploy:config` after editing it)',
    (file, render) => {
      expect(readFileSync(file, 'utf8')).toBe(render());
    },
  );

  it('a sub-path server block serves, and sends its 404 page from, that path only', () => {
    const block = nginxServer({ ...NGINX_DEFAULTS, base: '/roadmap/' });
    expect(block).toContain('location /roadmap/ {');
    expect(block).toContain('error_page 404 /roadmap/404.html;');
    expect(block).toContain('location ~ ^/roadmap/(?:_astro|_katex)/ {');
    expect(block).not.toMatch(/location \/ \{/);
    expect(() => nginxServer({ ...NGINX_DEFAULTS, base: 'roadmap' })).toThrow(/base must start and end/);
  });

  it('every nginx location sends every security header', () => {
    const block = nginxServer();
    const locations = block.split(/\n\s*location /).slice(1);
    expect(locations).toHaveLength(4);
    for (const location of locations)
      for (const name of Object.keys(SECURITY_HEADERS))
        expect(location, location.split('\n')[0]).toContain(`add_header ${name} `);
  });
});

describe('the content security policy', () => {
  it("the header leaves scripts and styles to each page's hashes, and adds frame-ancestors", () => {
    expect(directives(HEADER_CSP)).not.toContain('default-src');
    expect(HEADER_CSP).not.toMatch(/script-src|style-src|unsafe/);
    expect(HEADER_CSP).toContain("frame-ancestors 'none'");
    // Everything else is the same in the page's policy and the header's.
    const shared = PAGE_DIRECTIVES.filter((d) => !d.startsWith('default-src'));
    expect(HEADER_CSP).toBe([...shared, "frame-ancestors 'none'"].join('; '));
  });

  it('pages may load nothing the policy does not name, and may not be framed or run plugins', () => {
    expect(PAGE_DIRECTIVES[0]).toBe("default-src 'none'");
    expect(PAGE_DIRECTIVES).toEqual(
      expect.arrayContaining(["object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
    );
    expect(PAGE_DIRECTIVES.join(';')).not.toMatch(/unsafe|wasm|\*|https?:|data:/);
  });

  it("only Pagefind's worker may compile WebAssembly, and it may not eval JavaScript", () => {
    expect(PAGEFIND_WORKER_CSP).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'",
    );
  });
});
