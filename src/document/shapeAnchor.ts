/**
 * Keeps one empty instance of a per-document class alive for the life of the process.
 *
 * Why: V8 reaches the hidden class ("map") of an object whose fields its constructor adds only
 * through weak transitions. Between two documents no instance of a per-document class is alive,
 * so a memory-reducing GC (the idle-time memory reducer, a heap snapshot) frees that map, and
 * every optimised function that checks it deoptimises at once (reason "weak objects") and is
 * compiled again on the next document (bench/HISTORY.md, perf20). One empty instance, made once
 * at module load, keeps the map without holding any document's data.
 *
 * Caveat: package.json declares `"sideEffects": false`, so a consumer's bundler may drop a
 * module imported only for its effect. Call `anchorShape` in a module that is also imported for
 * what it exports (as SourceRegistry, RawTokens and toEvidence's modules are), or list that
 * module under `sideEffects`.
 */

const anchored: object[] = [];

/**
 * Keeps `instance` (an empty instance of a per-document class, made once at module load)
 * reachable, and returns it.
 *
 * @example
 * ```ts
 * class Ledger { readonly rows: number[] = []; }
 * anchorShape(new Ledger());
 * ```
 */
export function anchorShape<T extends object>(instance: T): T {
  anchored.push(instance);
  return instance;
}
