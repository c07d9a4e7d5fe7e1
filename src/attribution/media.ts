/**
 * Media one speaks or posts on, and the occasions a statement is made in: one home for the
 * medium words the attribution rules use, as named subsets, so each rule's differences stay visible.
 */
import { wordSet } from './timeWords.js';

/** Social networks ("on Instagram", "on Twitter"). */
const NETWORKS = ['twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'reddit', 'snapchat', 'linkedin'] as const;

/** Where posts go: a network or a page ("on Instagram", "to the club's page", "on her blog"). */
export const POST_MEDIA = wordSet(['page', 'site', 'website', 'account', 'blog', 'feed', 'channel', 'timeline', 'wall'], NETWORKS, ['online']);

/** Broadcast media one speaks on, besides the networks and pages one posts on: "on television", "on air". */
export const BROADCAST_MEDIA = wordSet(['television', 'tv', 'radio', 'air']);

/** What one speaks "on" named by itself, with no page or program: a network or a broadcast medium ("on Twitter", "on television"). */
export const ON_AIR_MEDIA = wordSet(NETWORKS, [...BROADCAST_MEDIA]);

/**
 * Where a statement is made: "in a statement", "in an interview", "on Twitter", "during the debate".
 * (Only the three largest networks and the two broadcast media that name an outlet, not "tv", "air".)
 */
export const MEDIUM_NOUNS = wordSet(
  ['statement', 'statements', 'interview', 'interviews', 'letter', 'speech', 'tweet', 'tweets', 'post', 'email', 'e-mail', 'op-ed', 'column', 'essay', 'memo', 'filing', 'release', 'conference', 'briefing', 'remarks', 'appearance', 'debate', 'hearing', 'broadcast', 'podcast'],
  ['twitter', 'facebook', 'instagram', 'television', 'radio'],
  ['message', 'video', 'address', 'rally'],
);

/**
 * What one is seen or heard "on" when put a question, a setting rather than a topic: "was asked on the
 * radio", "pressed on camera", "asked on her show". Broadcast media and programmes only: a page or a wall
 * one posts on is as often a surface one is pressed on ("pressed on the harbour wall").
 */
export const ON_SETTING_MEDIA = wordSet([...ON_AIR_MEDIA], ['camera', 'show', 'program', 'programme', 'podcast', 'broadcast']);
