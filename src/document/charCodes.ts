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
