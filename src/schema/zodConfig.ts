import { config } from 'zod';

/**
 * zod compiles object validators with `new Function` unless told otherwise, and probes for it
 * when the first object schema is built. The CSP forbids eval (build/csp.ts), and the probe
 * alone reports a violation, so this must run before any schema exists: it is the first import
 * of each entry (src/app/main.tsx, the workers) and of src/schema/schemas.ts.
 */
config({ jitless: true });
