/**
 * Turns off zod's compiled fast path before any schema is built. Each object schema otherwise
 * probes `new Function("")` when it is created; the Content-Security-Policy forbids eval, so the
 * probe fails (which zod handles) but the browser still reports a CSP violation for it. Without
 * eval the fast path is never used anyway. Import this module before defining a schema.
 */
import { z } from 'zod';

z.config({ jitless: true });
