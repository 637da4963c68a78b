/**
 * Fails when the built app could reach another origin or run inline code (DESIGN.md "Security and
 * privacy"): any http(s):// or ws(s):// URL in the built JavaScript, HTML, CSS or SVG that is not
 * on the allow-list below, and any inline <script>, inline event handler or <style> element in
 * index.html (the Content-Security-Policy forbids them). Run after a build:
 *
 *   node scripts/check-dist.mjs [folder]     (default: dist)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';

/**
 * URLs that may appear, each an exact string as it is written in the bundle, with why it is safe.
 * None of them is ever requested: a namespace or schema URI is an identifier compared as text, and
 * the others are text in an error message, a licence comment or a URL parsed only to validate it.
 */
const allowed = new Map([
  // Namespace URIs: React passes them to document.createElementNS and compares them to
  // element.namespaceURI; the SVG export writes the SVG one as the xmlns attribute. Identifiers
  // only: browsers never fetch a namespace.
  ['http://www.w3.org/2000/svg', 'SVG namespace URI'],
  ['http://www.w3.org/1999/xlink', 'XLink namespace URI (React maps xlink:* attributes)'],
  ['http://www.w3.org/XML/1998/namespace', 'XML namespace URI (React maps xml:* attributes)'],
  ['http://www.w3.org/1998/Math/MathML', 'MathML namespace URI (React creates MathML elements)'],
  // React's production build shortens error messages to a code and this link to the explanation;
  // it is only text in an Error's message, never loaded.
  ['https://react.dev/errors/', "React's error-decoder link in minified error messages"],
  // zod's toJSONSchema writes one of these as the "$schema" identifier of a generated schema (the
  // JSON Schema of the dataset); a $schema value names a dialect and is not fetched.
  ['https://json-schema.org/draft/2020-12/schema', 'JSON Schema dialect id written by zod'],
  ['http://json-schema.org/draft-07/schema#', 'JSON Schema dialect id written by zod'],
  ['http://json-schema.org/draft-04/schema#', 'JSON Schema dialect id written by zod'],
  // zod checks that a string is an IPv6 address by parsing `new URL("http://[" + text + "]")`:
  // the URL is parsed, never requested.
  ['http://[${e}]', "zod's IPv6 check (a URL parsed, not fetched)"],
  // Papa Parse's licence comment, kept in the bundle as its licence requires.
  ['https://github.com/mholt/PapaParse', 'Papa Parse licence comment'],
]);

const scanned = /\.(js|mjs|html|css|svg)$/;
const urlPattern = /\b(?:https?|wss?):\/\/[^\s"'`<>()\\]*/g;

function files(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return files(path);
    return scanned.test(entry.name) ? [path] : [];
  });
}

const failures = [];
const used = new Set();
for (const file of files(dist)) {
  const text = readFileSync(file, 'utf8');
  for (const [url] of text.matchAll(urlPattern)) {
    if (allowed.has(url)) used.add(url);
    else failures.push(`${relative(dist, file)}: URL ${url}`);
  }
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
for (const [tag] of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/gi)) {
  failures.push(`index.html: inline script ${tag}`);
}
for (const [tag] of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)) {
  failures.push(`index.html: inline event handler in ${tag}`);
}
for (const [tag] of html.matchAll(/<style\b[^>]*>/gi)) {
  failures.push(`index.html: inline style element ${tag}`);
}
for (const [attribute] of html.matchAll(/\s(?:src|href)\s*=\s*["']?\/\/[^\s"'>]*/gi)) {
  failures.push(`index.html: protocol-relative address${attribute}`);
}

for (const url of allowed.keys()) {
  if (!used.has(url)) console.log(`note: allowed URL no longer in the bundle: ${url}`);
}
if (failures.length > 0) {
  console.error(`${dist} could reach another origin or run inline code:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`${dist}: no URL outside the allow-list (${used.size} allowed), no inline script.`);
