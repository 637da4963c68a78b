import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/*
 * The one-file offline copy (`npm run build:single`): the whole app and the bundled briefing in
 * dist-single/case-review-explorer.html, which opens by double-click from a disk or USB stick
 * (file://) and makes no request at all. README "Running without a network" tells the user.
 */

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Modules the copy swaps for its own: files held in the page, and loading without a worker. */
const swaps = new Map([
  [source('./src/state/served-files.ts'), source('./src/state/served-files-inline.ts')],
  [source('./src/data/load-worker-start.ts'), source('./src/data/load-worker-start-inline.ts')],
]);

function oneFileModules(): Plugin {
  return {
    name: 'case-review-explorer:one-file-modules',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved ? (swaps.get(resolved.id) ?? null) : null;
    },
  };
}

/** The favicon as a data: URL (allowed by img-src), and no preload of a file the page holds. */
function oneFileHead(): Plugin {
  const icon = readFileSync(source('./public/favicon.svg')).toString('base64');
  return {
    name: 'case-review-explorer:one-file-head',
    transformIndexHtml: (html) =>
      html
        .replace(/\s*<link rel="preload"[^>]*>/g, '')
        .replace(/href="\/favicon\.svg"/, `href="data:image/svg+xml;base64,${icon}"`),
  };
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The copy's Content-Security-Policy, as strict as the served app's: its one script and one style
 * sheet are inline, so each is allowed by its hash (no 'unsafe-inline', no 'unsafe-eval'); no
 * request of any kind (connect-src 'none', no worker); images only from data: and blob: (chart
 * exports). Written once every file has been inlined, over the final text.
 */
export function oneFilePolicy(html: string): string {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${styles.map(sha256).join(' ')}`,
    'img-src data: blob:',
    "connect-src 'none'",
    "worker-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function oneFileCsp(): Plugin {
  return {
    name: 'case-review-explorer:one-file-csp',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const policy = oneFilePolicy(html);
          file.source = html.replace(
            /<head>/,
            `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
          );
        }
      },
    },
  };
}

export default defineConfig({
  base: './',
  mode: 'single',
  // The files served beside the app are part of the page: nothing to copy.
  publicDir: false,
  plugins: [
    oneFileModules(),
    react(),
    oneFileHead(),
    viteSingleFile({ outputFileName: 'case-review-explorer.html' }),
    oneFileCsp(),
  ],
  build: {
    outDir: process.env.SINGLE_OUT_DIR ?? 'dist-single',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
});
