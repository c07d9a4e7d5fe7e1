import accusedLabels from '../../lexicons/accused-labels.json';
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
import loadedEpithets from '../../lexicons/loaded-epithets.json';
import loadedEvaluative from '../../lexicons/loaded-evaluative.json';
import loadedSuperlatives from '../../lexicons/loaded-superlatives.json';
import personTitles from '../../lexicons/person-titles.json';
import reportingNouns from '../../lexicons/reporting-nouns.json';
import reportingVerbs from '../../lexicons/reporting-verbs.json';
import sourceNouns from '../../lexicons/source-nouns.json';
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
  loadedEpithets: loadedEpithets as Lexicon,
  loadedEvaluative: loadedEvaluative as Lexicon,
  loadedSuperlatives: loadedSuperlatives as Lexicon,
  intensifiers: intensifiers as Lexicon,
  hedges: hedges as Lexicon,
  accusedLabels: accusedLabels as Lexicon,
} as const;

/** The default lexicons as a list, in a fixed order. */
export const DEFAULT_LEXICON_LIST: readonly Lexicon[] = Object.values(DEFAULT_LEXICONS);
