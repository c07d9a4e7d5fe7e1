/**
 * Verbs of saying or writing that name the one addressed with "to" ("explained to the jury that …", "wrote to the
 * council arguing …"), and the reporting verbs whose participle after such an addressee reports for the cue's
 * subject. Lemmas, looked up in Sets.
 */

/** Verbs that name to whom something was said with "to" before the reported clause ("reported to police that", "explained to the jury why"). */
export const TO_ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['say', 'report', 'explain', 'admit', 'confess', 'complain', 'suggest', 'announce', 'mention', 'reveal', 'confide', 'declare', 'write', 'signal', 'indicate', 'concede', 'acknowledge', 'state', 'stress', 'insist', 'emphasize', 'emphasise', 'argue', 'boast', 'brag', 'lie', 'repeat', 'disclose', 'point out', 'recount', 'describe', 'hint', 'whisper', 'shout', 'prove', 'demonstrate']);

/**
 * Verbs of saying or writing whose participle right after the addressee of a cue reports what the cue's subject
 * said ("wrote to the council arguing that …": the writer argues). Any other participle there describes the
 * addressee ("said to reporters waiting outside that …", "complained to officials handling the case").
 */
export const REPORTING_PARTICIPLE_LEMMAS: ReadonlySet<string> = new Set(['say', 'explain', 'argue', 'urge', 'note', 'claim', 'warn', 'insist', 'suggest', 'stress', 'emphasize', 'emphasise', 'add', 'ask', 'tell', 'state', 'declare', 'assert', 'contend', 'maintain', 'allege', 'announce', 'demand', 'request', 'promise', 'propose', 'admit', 'concede', 'acknowledge', 'accuse']);
