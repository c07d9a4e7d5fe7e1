// The entry of each lazy group's file (dist/comparison-library.cjs, dist/extract-library.cjs): its
// content is generated at build time (`lazyGroupEntry` in scripts/lazyGroups.ts).
export {};
