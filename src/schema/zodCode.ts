// zod, which builds the library's schemas on their first use (see lazySchema.ts). Only
// `zodLibrary.ts` imports this module, so that the build can load zod on first use: an analysis
// builds no schema, and a cold start would otherwise scan and evaluate zod's code at import.
export { z } from 'zod';
