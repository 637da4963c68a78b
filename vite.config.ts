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

export default defineConfig({
  base: './',
  plugins: [react(), cspMetaTag()],
  build: {
    // Inlined assets become data: URLs for scripts and styles, which the CSP forbids.
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // React and zod in their own chunks keep every chunk under the 100 KB gzip budget; libraries only
        // the lazy views use (tables, zip, virtualisation) stay in those views' chunks.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 20,
            },
            { name: 'schema', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 15 },
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
