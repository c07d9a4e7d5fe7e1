/**
 * `String.prototype.charCodeAt` as a plain function of the string and the index.
 *
 * Why: the strings our helpers read come in many internal representations (flat, sliced, joined,
 * forwarded after wink-nlp used them as object keys, one- or two-byte). A `s.charCodeAt(i)` site
 * that has seen more than four of them goes megamorphic in V8: every call then looks the method
 * up through the generic stub cache (`LoadIC_Megamorphic`, ≈ 100 instructions) before the call.
 * Called through the prototype's own function, the optimising compiler knows the target and
 * reads the code unit directly, whatever the representation (perf32: ≈ 4 × fewer instructions in
 * a loop over mixed strings). Same result as the method: NaN past the end.
 *
 * @example
 * charCodeAt('Vale', 0); // 86
 */
export const charCodeAt: (s: string, index: number) => number = Function.prototype.call.bind(String.prototype.charCodeAt) as (s: string, index: number) => number;

/**
 * `String.prototype.codePointAt` as a plain function of the string and the index, for the same
 * reason as `charCodeAt`: a `text.codePointAt(i)` site that has seen many string representations
 * looks the method up through the stub cache on every call (bench/HISTORY.md, perf36). Inside the
 * string it returns a number; past the end `undefined`, as the method. Typed `number`, as most
 * callers pass an index inside the string: a caller that may pass one past the end must handle
 * `undefined` itself (`?? NaN`; review25 #13).
 *
 * @example
 * codePointAt('Vale', 0); // 86
 */
export const codePointAt: (s: string, index: number) => number = Function.prototype.call.bind(String.prototype.codePointAt) as (s: string, index: number) => number;
