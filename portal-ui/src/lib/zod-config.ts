import { z } from 'zod';

// Zod compiles fast parsers with `new Function`, which the strict Content-Security-Policy forbids (and even its
// probe for it is reported as a violation). Imported first (main.tsx, lib/forms.ts): schemas made after this
// parse without it.
z.config({ jitless: true });
