import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** The Content-Security-Policy of the built app (DESIGN.md "Security and privacy"). */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Headers that keep other sites from framing the app (clickjacking). A `<meta>` CSP cannot carry
 * `frame-ancestors`, so whoever serves `dist/` must send these (README, "Serving dist/");
 * `npm run preview` and the dev server send them. The app also refuses to run when framed by
 * another origin (src/app/frame-guard.ts), for servers that do not.
 */
export const noFramingHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
};

/**
 * Adds the CSP meta tag to the built index.html only: the dev server's React refresh preamble is
 * an inline script, which the policy (rightly) forbids.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'case-review-explorer:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The modules the page imports statically from index.html: everything the first screen runs
 * before any dynamic import. They go into one chunk (with React in its own), so the first screen
 * is three scripts, not twenty small shared chunks each costing a request (on a phone's network,
 * a round trip each once the browser's six connections are busy). Lazy chunks import from it.
 */
function firstScreenChunk(): { plugin: Plugin; has: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'case-review-explorer:first-screen',
    apply: 'build',
    buildEnd() {
      modules.clear();
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (modules.has(id)) continue;
        modules.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, has: (id) => modules.has(id) };
}

const firstScreen = firstScreenChunk();

export default defineConfig({
  base: './',
  plugins: [react(), cspMetaTag(), firstScreen.plugin],
  build: {
    // Inlined assets become data: URLs for scripts and styles, which the CSP forbids.
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // React and zod in their own chunks keep every chunk under the 100 KB gzip budget; the
        // rest of the first screen is one chunk; libraries only the lazy views use (tables, zip,
        // virtualisation) stay in those views' chunks.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 20,
            },
            { name: 'schema', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 15 },
            { name: 'index', test: firstScreen.has, priority: 10 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  // The dev server sends no CSP (React refresh's preamble is an inline script), only X-Frame-Options.
  server: { port: 5173, strictPort: true, headers: { 'X-Frame-Options': 'DENY' } },
  preview: { port: 4173, strictPort: true, headers: noFramingHeaders },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/unit/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/lint/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 20000,
  },
});
