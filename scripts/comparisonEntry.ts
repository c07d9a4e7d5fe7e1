// The entry of dist/comparison-library.cjs: its content is generated at build time
// (`comparisonLibraryEntry` in scripts/lazyComparison.ts).
export {};
