import { CUE_CLASS_NAMES, type CueClassName } from '../schema/articleAnalysis.js';

/**
 * The cue classes: what kind of attribution a cue makes. An attribution (PARC-style: source,
 * cue, content) is anything a text puts in someone's mouth, pen, mind or file, not only
 * speech. The class lets users count speech alone (`cueClass === 'speech'`) or everything.
 *
 * | class | cues | example |
 * | --- | --- | --- |
 * | `speech` | saying, telling, claiming, denying, announcing, "according to" | "Ruiz said the bridge was safe" |
 * | `writing` | writing, tweeting, posting, publishing | "she wrote on social media that ..." |
 * | `document` | a report, poll, study, memo, filing or data set as the source | "a poll shows ...", "according to court filings" |
 * | `belief` | believing, thinking, fearing, expecting, knowing, concluding | "Republicans fear that ..." |
 * | `perception` | seeing, hearing, learning, finding | "he found that ...", "residents heard that ..." |
 * | `appearance` | how something seems with no one named who perceives it: "seems", "appears to", "looks like", "sounds", "seemingly" (always sourceless; before a reporting verb it hedges the subject's act: "seemed to suggest" is that verb's cue) | "the plan seems to ...", "the race looks closer" |
 * | `naming` | what something is called, with no one named who calls it: "known as", "a group called …", "titled", "dubbed", "is nicknamed" (always sourceless) | "the Tide Brigade, also known as the Gulls" |
 * | `intention` | wanting, planning, hoping, promising, vowing, threatening, deciding | "she wants to ...", "he vowed to ..." |
 * | `question` | asking, wondering, inquiring | "reporters asked whether ..." |
 * | `refusal` | declining and refusing to speak or act | "the ministry declined to comment" |
 * | `evaluation` | praising, criticising, blaming, accusing, endorsing, supporting, opposing, labelling | "he criticized the plan as ..." |
 *
 * `appearance` and `naming` are the writer's hedges and labels rather than reports of what
 * someone said or thought; users who count reported speech and thought leave them out.
 *
 * The class comes from the cue word (the `reporting-verbs` and `reporting-nouns` lexicons
 * give it), except `document`, which is given by a source that is a document or finding.
 */
// (A copy, mutable as zod's `CueClassSchema.options` was; read without building the schema.)
export const CUE_CLASSES: CueClassName[] = [...CUE_CLASS_NAMES];

/** One of {@link CUE_CLASSES}. */
export type CueClass = CueClassName;

const KNOWN = new Set<string>(CUE_CLASSES);

/** Reads a cue class from lexicon data; anything unknown counts as speech. */
export function asCueClass(value: string | undefined): CueClass {
  return value && KNOWN.has(value) ? (value as CueClass) : 'speech';
}
