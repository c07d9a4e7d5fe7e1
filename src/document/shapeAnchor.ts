/**
 * Keeps the latest instance of a per-document class reachable between analyses.
 *
 * Why: V8 reaches the hidden class ("map") of an object whose fields its constructor adds only
 * through weak transitions. Between two documents no instance is alive, so a memory-reducing
 * GC (the idle-time memory reducer, a heap snapshot) frees that map, and every optimised
 * function that checks it deoptimises at once (reason "weak objects") and is compiled again on
 * the next document. One live instance keeps the map; the cost is the latest document's
 * instance, kept until the next one replaces it.
 */

const latest = new Map<unknown, object>();

/**
 * Records `instance` as the latest of its class (call it at the end of the constructor).
 *
 * @example
 * ```ts
 * class Ledger { readonly rows: number[] = []; constructor() { anchorShape(this); } }
 * ```
 */
export function anchorShape(instance: object): void {
  latest.set(instance.constructor, instance);
}
