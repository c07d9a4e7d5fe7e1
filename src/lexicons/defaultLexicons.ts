import accusedLabels from '../../lexicons/accused-labels.json';
import entityWords from '../../lexicons/entity-words.json';
import personNames from '../../lexicons/person-names.json';
import organizations from '../../lexicons/organizations.json';
import places from '../../lexicons/places.json';
import frameCooperation from '../../lexicons/frame-cooperation.json';
import frameCrime from '../../lexicons/frame-crime.json';
import frameEconomic from '../../lexicons/frame-economic.json';
import frameInvasion from '../../lexicons/frame-invasion.json';
import frameJustice from '../../lexicons/frame-justice.json';
import framePolitical from '../../lexicons/frame-political.json';
import framePressure from '../../lexicons/frame-pressure.json';
import frameSovereignty from '../../lexicons/frame-sovereignty.json';
import frameThreat from '../../lexicons/frame-threat.json';
import frameVictory from '../../lexicons/frame-victory.json';
import givenNames from '../../lexicons/given-names.json';
import hedges from '../../lexicons/hedges.json';
import intensifiers from '../../lexicons/intensifiers.json';
import loadedDistancing from '../../lexicons/loaded-distancing.json';
import loadedDysphemisms from '../../lexicons/loaded-dysphemisms.json';
import loadedEpithets from '../../lexicons/loaded-epithets.json';
import loadedEvaluative from '../../lexicons/loaded-evaluative.json';
import loadedStanceVerbs from '../../lexicons/loaded-stance-verbs.json';
import loadedSubjective from '../../lexicons/loaded-subjective.json';
import personTitles from '../../lexicons/person-titles.json';
import reportingNouns from '../../lexicons/reporting-nouns.json';
import reportingVerbs from '../../lexicons/reporting-verbs.json';
import sourceNouns from '../../lexicons/source-nouns.json';
import superlatives from '../../lexicons/superlatives.json';
import topicTrade from '../../lexicons/topic-trade.json';
import topicDrugs from '../../lexicons/topic-drugs.json';
import topicOrganizedCrime from '../../lexicons/topic-organized-crime.json';
import topicMilitary from '../../lexicons/topic-military.json';
import topicElections from '../../lexicons/topic-elections.json';
import topicMigration from '../../lexicons/topic-migration.json';
import topicDiplomacy from '../../lexicons/topic-diplomacy.json';
import policyEconomic from '../../lexicons/frame-policy-economic.json';
import policyCapacity from '../../lexicons/frame-policy-capacity.json';
import policyMorality from '../../lexicons/frame-policy-morality.json';
import policyFairness from '../../lexicons/frame-policy-fairness.json';
import policyLegality from '../../lexicons/frame-policy-legality.json';
import policyPolicy from '../../lexicons/frame-policy-policy.json';
import policyCrime from '../../lexicons/frame-policy-crime.json';
import policySecurity from '../../lexicons/frame-policy-security.json';
import policyHealth from '../../lexicons/frame-policy-health.json';
import policyQualityOfLife from '../../lexicons/frame-policy-quality-of-life.json';
import policyCulturalIdentity from '../../lexicons/frame-policy-cultural-identity.json';
import policyPublicOpinion from '../../lexicons/frame-policy-public-opinion.json';
import policyPolitical from '../../lexicons/frame-policy-political.json';
import policyExternal from '../../lexicons/frame-policy-external.json';
import type { Lexicon } from '../schema/lexicon.js';

/**
 * The lexicons shipped with slantwise, bundled into the code so that the core never reads
 * files at run time. Each is validated by `LexiconSchema` in the test suite.
 */
export const DEFAULT_LEXICONS = {
  reportingVerbs: reportingVerbs as Lexicon,
  reportingNouns: reportingNouns as Lexicon,
  personTitles: personTitles as Lexicon,
  sourceNouns: sourceNouns as Lexicon,
  givenNames: givenNames as Lexicon,
  frameVictory: frameVictory as Lexicon,
  frameInvasion: frameInvasion as Lexicon,
  frameSovereignty: frameSovereignty as Lexicon,
  frameCrime: frameCrime as Lexicon,
  frameJustice: frameJustice as Lexicon,
  frameCooperation: frameCooperation as Lexicon,
  framePressure: framePressure as Lexicon,
  frameEconomic: frameEconomic as Lexicon,
  framePolitical: framePolitical as Lexicon,
  frameThreat: frameThreat as Lexicon,
  topicTrade: topicTrade as Lexicon,
  topicDrugs: topicDrugs as Lexicon,
  topicOrganizedCrime: topicOrganizedCrime as Lexicon,
  topicMilitary: topicMilitary as Lexicon,
  topicElections: topicElections as Lexicon,
  topicMigration: topicMigration as Lexicon,
  topicDiplomacy: topicDiplomacy as Lexicon,
  // Loaded-language lexicons, most specific first: when entries of two of them match the same
  // words, the one listed first counts and the other is recorded as an alternative.
  loadedEpithets: loadedEpithets as Lexicon,
  loadedDysphemisms: loadedDysphemisms as Lexicon,
  loadedStanceVerbs: loadedStanceVerbs as Lexicon,
  loadedDistancing: loadedDistancing as Lexicon,
  loadedEvaluative: loadedEvaluative as Lexicon,
  loadedSubjective: loadedSubjective as Lexicon,
  intensifiers: intensifiers as Lexicon,
  superlatives: superlatives as Lexicon,
  hedges: hedges as Lexicon,
  accusedLabels: accusedLabels as Lexicon,
  personNames: personNames as Lexicon,
  places: places as Lexicon,
  organizations: organizations as Lexicon,
  entityWords: entityWords as Lexicon,
  // The Policy Frames Codebook's dimensions, used with `frames: 'policy'` instead of the ten frames above.
  policyEconomic: policyEconomic as Lexicon,
  policyCapacity: policyCapacity as Lexicon,
  policyMorality: policyMorality as Lexicon,
  policyFairness: policyFairness as Lexicon,
  policyLegality: policyLegality as Lexicon,
  policyPolicy: policyPolicy as Lexicon,
  policyCrime: policyCrime as Lexicon,
  policySecurity: policySecurity as Lexicon,
  policyHealth: policyHealth as Lexicon,
  policyQualityOfLife: policyQualityOfLife as Lexicon,
  policyCulturalIdentity: policyCulturalIdentity as Lexicon,
  policyPublicOpinion: policyPublicOpinion as Lexicon,
  policyPolitical: policyPolitical as Lexicon,
  policyExternal: policyExternal as Lexicon,
} as const;

/** The default lexicons as a list, in a fixed order. */
export const DEFAULT_LEXICON_LIST: readonly Lexicon[] = Object.values(DEFAULT_LEXICONS);

// The shipped lexicons are shared by every analysis and some of what is derived from them is
// precomputed (spellings, see `hasPrecomputedSpellings`): adding or removing entries in place
// would silently disagree with it, so the objects and their entry lists are frozen (about a
// hundred freezes, nothing per entry). To change a lexicon, pass an edited copy.
// The Node builds read the entries of the lexicons no default analysis uses (gazetteers, policy
// frames) on first use, through a getter that freezes them (`lazyLexiconEntries` in
// scripts/coldStartPlugins.ts): reading them here would load them at every import.
for (const lexicon of DEFAULT_LEXICON_LIST) {
  const entries = Object.getOwnPropertyDescriptor(lexicon, 'entries');
  if (entries && 'value' in entries) Object.freeze(entries.value);
  Object.freeze(lexicon);
}
Object.freeze(DEFAULT_LEXICONS);
