/**
 * The bits of `tokenFlags` (per token) and of its per-word answers (per lower-case form or lemma),
 * in a module that imports nothing.
 *
 * Why a module of their own: esbuild inlines a top-level `const` number into the code that reads
 * it only when the constant's module has no imports (a module with imports may be evaluated in a
 * cycle, after a function that reads the constant has run). Declared in tokenFlags.ts, each bit was
 * a module variable, read from the module's context and checked as a small integer at every use
 * in the per-token loops (bench/HISTORY.md, perf63).
 */
/** The word opens a cue of its own kind: a naming participle, an agentless adverb, a purpose participle, a verb of feeling (by its lemma). */
export const OWN_KIND = 1;
/** `cueNounKeys` holds the word: a reporting noun or its -s plural (`existentialNoun`). */
export const CUE_NOUN_KEY = 2;
/** `nounSense` may find a sense: the word is a `cueNounKeys` key, or an -ies plural of a reporting noun. */
export const NOUN_WORD = 4;
/** The word is one of the nouns of "reports have emerged that" (`findCues`). */
export const REPORTS_NOUN = 8;
/** `verbSense` may find a sense here: its early exit does not leave the token. */
export const VERB_GATE = 16;
/** Starts with an upper-case letter (`isCap`). */
export const CAP = 32;
/** "according", "in" or "it": words `findCues` tests by themselves ("according to", a poll's "in", "it is unclear"). */
export const CUE_FUNCTION_WORD = 64;
/** A noun that reports a finding or shared view after existential "there" ("there is evidence that"): `existentialNoun`. */
export const EXISTENTIAL_GROUND = 128;
/**
 * A token `findCues` has a test for: when none of these bits is set, no cue starts there
 * (the tests of a sentence's first words, such as a wh-clause subject, do not ask these bits).
 */
export const ANY_CUE = OWN_KIND | CUE_NOUN_KEY | NOUN_WORD | REPORTS_NOUN | VERB_GATE | CUE_FUNCTION_WORD | EXISTENTIAL_GROUND;

// Flags of one word, as the lower-case form or as the lemma of a token (bits apart from the token flags above;
// read by tokenFlags.ts only).
// At most 15 bits: the table by word id (`IdTable`) keeps 1 + these flags in a `Uint16Array`.
export const W_OWN_KIND = 1;
export const W_CUE_NOUN_KEY = 2;
export const W_NOUN_WORD = 4;
export const W_REPORTS_NOUN = 8;
/** `verbStarts` holds it, or it is "be", a linking verb ("remain", `COPULAS`), a light verb ("make", "give") or an enacting verb ("pass", "sign": `ENACTING_VERBS`): `verbSense` goes on with this lemma. */
export const W_VERB_LEMMA = 16;
/**
 * An inflected form `verbSense` may read as a reporting verb whatever its lemma: an -ing or -ed
 * form whose stem is a verb of the lexicon ("promising", "tweeted"), or an irregular past read
 * as a noun ("thought").
 */
export const W_VERB_FORM = 32;
/** An -s form whose stem is a verb of the lexicon ("slams", "decries"): `verbSense` goes on when it is tagged as a name or a noun. */
export const W_VERB_S_FORM = 64;
export const W_CUE_FUNCTION_WORD = 128;
export const W_EXISTENTIAL_GROUND = 256;
/** The state of a "be …" phrase of the lexicon ("confident", "determined"): `verbSense` reads it set off by a comma or a dash (`setOffStateSense`). */
export const W_STATE_ADJECTIVE = 512;
