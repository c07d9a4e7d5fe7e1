/**
 * The bits of `verbLemmaBits` (verbLemmaBits.ts): which of the word sets `verbSense` asks about a
 * lemma hold it. In a module that imports nothing, so that the bundles read them as numbers
 * (tokenFlagBits.ts says why). At most 15 bits: `FormLemmaMemo` keeps 1 + the bits in a `Uint16Array`.
 */
/** `FLOATING_VERBS` ("float the idea that"). */
export const VL_FLOATING = 1;
/** The lexicon's `verbStarts`: its verbs and the first words of its particle phrases. */
export const VL_VERB_START = 2;
/** `NOUN_CUE_JOINING_VERBS` ("made a statement"). */
export const VL_JOINING = 4;
/** `COPULAS` ("remain", "seem"). */
export const VL_COPULA = 8;
/** `ENACTING_VERBS` ("pass", "sign"). */
export const VL_ENACTING = 16;
/** The lexicon's `particleFirst` ("talk" of "talk about"). */
export const VL_PARTICLE_FIRST = 32;
/** `LEAVING_LINKS` ("came away convinced"). */
export const VL_LEAVING = 64;
/** `voicesStance` ("voiced support for"). */
export const VL_VOICING = 128;
/** `PARTICLE_ONLY`: a cue only with its particle ("talk", "speak"). */
export const VL_PARTICLE_ONLY = 256;
/** `STANCE_HOLDER_LINKS` ("remains a critic of"). */
export const VL_STANCE_HOLDER_LINK = 512;
