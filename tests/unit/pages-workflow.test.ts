import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { pagesAddress } from '../../scripts/pages-base.mjs';

describe('the GitHub Pages deploy', () => {
  it('builds a project site under /<repository>/ and a user site at the root', () => {
    expect(pagesAddress('Ada/ml-roadmap')).toEqual({
      base: '/ml-roadmap/',
      siteUrl: 'https://ada.github.io',
    });
    expect(pagesAddress('Ada/ada.github.io')).toEqual({ base: '/', siteUrl: 'https://ada.github.io' });
    expect(() => pagesAddress('ml-roadmap')).toThrow(/owner\/name/);
  });

  it('the workflow builds with that base and address, then publishes dist/', () => {
    const workflow = yaml.load(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
      jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
    };
    const steps = workflow.jobs['build']!.steps;
    const runs = steps.map((step) => step.run ?? '');
    const at = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));
    expect(at(/scripts\/pages-base\.mjs "\$GITHUB_REPOSITORY" >> "\$GITHUB_ENV"/)).toBeGreaterThan(-1);
    expect(at(/astro build --base "\$BASE"/)).toBeGreaterThan(at(/pages-base/));
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.['path']).toBe(
      'dist',
    );
    expect(workflow.jobs['deploy']!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});
