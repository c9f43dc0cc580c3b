import * as z from 'zod/mini';

/**
 * Pages under a strict CSP forbid eval. zod probes `new Function` before its first parse
 * to decide on a faster path, and that probe alone files a CSP violation report on the
 * creditor's page. Settle parses few, small answers: the plain path is enough.
 */
z.config({ jitless: true });
