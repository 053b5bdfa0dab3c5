import * as z from 'zod/mini';

// Under the strict Content-Security-Policy there is no eval: tell zod not to even try its JIT
// (its feature test alone is reported as a CSP violation).
z.config({ jitless: true });
