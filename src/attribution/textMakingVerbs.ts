/**
 * Verbs of making, putting out or keeping a text or record, in the three sets verbCues.ts reads. Each answers
 * its own question about the verb's passive or participle, so the sets differ and were each counted on their own
 * (a verb added to one drops or keeps relations in that construction only): merge none without a score run.
 */

/**
 * Verbs of putting out a document: their passive subject is the document ("a report was published"), not what
 * it says. So a time phrase does not lead on to an agent ("a report was published on Thursday by the office"),
 * and a reduced passive after a noun is no agentless cue ("a column published Tuesday").
 */
export const PRODUCED: ReadonlySet<string> = new Set(['publish', 'release', 'issue', 'post', 'print', 'write', 'sign', 'file', 'submit', 'circulate', 'draft', 'send', 'send out', 'put out', 'distribute', 'broadcast', 'air']);

/**
 * The `PRODUCED` verbs that are cues only with their active object, the records made public or the claim brought
 * ("the ministry released the figures", "Ruiz filed a suit": see `allowedInConstruction`): any passive, and a
 * participle before "by", names who made a record public or brought a claim, never its words ("the emails
 * released by the ministry", "a suit was filed by Ruiz"), so neither makes a cue. A subset kept apart: the other
 * produced verbs that are cues ("publish", "post", "write") keep their passives ("it was written that …") and
 * lose only a "by" participle naming a maker (`MADE_BY`).
 */
export const RECORD_MAKERS: ReadonlySet<string> = new Set(['release', 'file']);

/**
 * Verbs of making or keeping a text, recording or record whose participle with a "by" agent names its maker or
 * keeper only ("a letter written by Berg", "the ad, narrated by Vale,", "logs maintained by the clerk"); their
 * active forms with a clause still report ("Berg wrote that …", "Vale maintained that …"). News marks such a
 * participle about one time in four. (Kept apart from `PRODUCED`, which says a passive's subject is a
 * document: "narrate" and "maintain" put out no document, and a verb added here drops relations, so each is counted
 * on its own first.)
 */
export const MADE_BY: ReadonlySet<string> = new Set(['write', 'pen', 'post', 'publish', 'narrate', 'maintain']);
