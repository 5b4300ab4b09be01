import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_DIRECTIVES, STYLE_ATTRIBUTE_SOURCES } from '../../src/security/csp.ts';
import { builtPages } from '../../src/content/checks/built-site.ts';
import { SUBPATH_OUT_DIR } from '../sites.mjs';

/**
 * The policy each built page carries in its <meta>, read from the HTML: strict as configured, and
 * complete, in that every inline script and <style> on the page is allowed by its hash. The
 * end-to-end tests then prove in a browser that nothing is blocked.
 */
const dirs = ['dist', ...(existsSync(SUBPATH_OUT_DIR) ? [SUBPATH_OUT_DIR] : [])];
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const JS_TYPES = new Set(['', 'module', 'text/javascript']);

function metaPolicy(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
  expect(metas, 'one policy <meta> per page').toHaveLength(1);
  const policy = new Map<string, string[]>();
  for (const directive of metas[0]![1]!.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

describe.each(dirs)('the pages built in %s', (dir) => {
  const pages = builtPages(dir).map(({ path }) => {
    const file = path.endsWith('.html') ? `${dir}/${path}` : `${dir}/${path}index.html`;
    return { path, html: readFileSync(file, 'utf8') };
  });

  it.each(pages)('/$path has the configured directives', ({ html }) => {
    const policy = metaPolicy(html);
    for (const directive of PAGE_DIRECTIVES) {
      const [name, ...sources] = directive.split(' ');
      expect(policy.get(name!), name).toEqual(sources);
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('style-src-attr')).toEqual(STYLE_ATTRIBUTE_SOURCES);
  });

  it.each(pages)("/$path allows scripts and <style> only from 'self' or by hash", ({ html }) => {
    const policy = metaPolicy(html);
    for (const name of ['script-src', 'style-src']) {
      const sources = policy.get(name) ?? [];
      expect(sources[0], name).toBe("'self'");
      expect(
        sources.slice(1).filter((source) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)),
        `${name}: anything but hashes`,
      ).toEqual([]);
    }
    // Nothing widens them in a more specific directive either.
    for (const name of ['script-src-elem', 'script-src-attr', 'style-src-elem'])
      expect(policy.has(name), name).toBe(false);
  });

  it.each(pages)('/$path: every inline script and <style> is allowed by its hash', ({ html }) => {
    const policy = metaPolicy(html);
    const scripts = [...html.matchAll(/<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g)]
      .filter(([, attributes]) => !/\ssrc=/.test(attributes!))
      .filter(([, attributes]) => JS_TYPES.has(/\stype="([^"]*)"/.exec(attributes!)?.[1] ?? ''))
      .map(([, , body]) => body!);
    expect(scripts.length, 'inline scripts (the theme script at least)').toBeGreaterThan(0);
    for (const body of scripts) expect(policy.get('script-src'), body.slice(0, 60)).toContain(sha256(body));
    for (const [, body] of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g))
      expect(policy.get('style-src'), body!.slice(0, 60)).toContain(sha256(body!));
  });

  it.each(pages)('/$path has no inline event handler (the policy would block it)', ({ html }) => {
    expect(html.match(/<[a-z][^>]*\son[a-z]+=/gi) ?? []).toEqual([]);
  });
});
