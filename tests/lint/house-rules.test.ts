// @vitest-environment node
/**
 * The house rules are real only if lint fails when they are broken (STYLE.md, "A rule is real
 * only when a tool enforces it"). Each probe is linted as if it were a file at the given path in
 * src/, with the project's own ESLint config, and must raise exactly the rule named.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIdsFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint enforces the import direction and the pure core', () => {
  it.each([
    ['a chart importing the store', 'src/charts/probe.ts', "import '../state/explorer-store';"],
    ['data importing query', 'src/data/probe.ts', "import '../query/bitset';"],
    ['query importing state', 'src/query/probe.ts', "import '../state/url-state';"],
    ['ui importing a view', 'src/ui/probe.ts', "import '../views/overview/overview-data';"],
    ['state importing a chart', 'src/state/probe.ts', "import '../charts/palette';"],
    ['a view importing the app', 'src/views/probe.ts', "import '../app/app';"],
    [
      'a view importing another view',
      'src/views/themes/probe.ts',
      "import '../overview/overview-data';",
    ],
  ])('fails on %s', async (_name, path, code) => {
    expect(await ruleIdsFor(path, code)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['React in query', 'src/query/probe.ts', "import { useMemo } from 'react';"],
    ['the store library in data', 'src/data/probe.ts', "import { create } from 'zustand';"],
    ['React DOM in data', 'src/data/probe.ts', "import { createRoot } from 'react-dom/client';"],
  ])('fails on %s', async (_name, path, code) => {
    expect(await ruleIdsFor(path, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['a chart importing query', 'src/charts/probe.ts', "import '../query/bitset';"],
    ['a view importing ui', 'src/views/themes/probe.ts', "import '../../ui/tooltip';"],
    ['query importing data', 'src/query/probe.ts', "import '../data/outcomes';"],
  ])('passes %s', async (_name, path, code) => {
    expect(await ruleIdsFor(path, code)).toEqual([]);
  });
});

describe('lint enforces the rules on text from data', () => {
  it('fails on dangerouslySetInnerHTML and innerHTML', async () => {
    const tsx =
      'export const A = (p: { h: string }) => <p dangerouslySetInnerHTML={{ __html: p.h }} />;';
    expect(await ruleIdsFor('src/ui/probe.tsx', tsx)).toContain('no-restricted-syntax');
    const ts = 'export function f(e: HTMLElement, t: string) { e.innerHTML = t; }';
    expect(await ruleIdsFor('src/ui/probe.ts', ts)).toContain('no-restricted-syntax');
  });

  it('fails on console.log in src', async () => {
    expect(await ruleIdsFor('src/query/probe.ts', "console.log('x');")).toContain('no-console');
  });
});
