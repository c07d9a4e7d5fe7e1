import { describe, expect, it } from 'vitest';
import { SOURCE_SHAPES, linkedSourceRecord } from '../../src/attribution/buildSources.js';
import { linkSourceRecords, linkSourcesToEntities } from '../../src/entities/linkSources.js';
import { SourceSchema } from '../../src/schema/articleAnalysis.js';
import { analyseChecked as analyse } from '../helpers.js';

describe('linked source records', () => {
  it('makes of every source shape the object `{ ...s, entityId }` makes, keys in the same order', () => {
    const unlinked = SOURCE_SHAPES.filter((s) => s.entityId === undefined);
    expect(unlinked).toHaveLength(16);
    for (const s of unlinked) {
      const linked = linkedSourceRecord(s, 'person-dara-vale');
      expect(Object.keys(linked)).toEqual([...Object.keys(s), 'entityId']);
      expect(linked).toStrictEqual({ ...s, entityId: 'person-dara-vale' });
      expect(linked).not.toBe(s);
      expect(s.entityId).toBeUndefined();
    }
  });

  it('writes every key of the schema\'s Source (review24 #8: the builders\' `as Source` casts hide a missing key)', () => {
    const written = new Set<string>();
    for (const s of SOURCE_SHAPES) for (const k of Object.keys(linkedSourceRecord(s, 'person-dara-vale'))) written.add(k);
    expect([...written].sort()).toEqual(Object.keys(SourceSchema.shape).sort());
    for (const s of SOURCE_SHAPES) expect(SourceSchema.safeParse(s).success).toBe(true);
  });

  it('links the analysis sources as the public function does, and keeps a source with no entity as it is', () => {
    const a = analyse('Harbour chief Dara Vale said the levy would rise. "It must," Vale said. Officials said the tram fare stays.');
    const unlinked = a.sources.map(({ entityId: _entityId, ...rest }) => rest);
    const ours = linkSourceRecords(unlinked, a.attributions, a.entities);
    const publicCopy = linkSourcesToEntities(unlinked, a.attributions, a.entities);
    expect(JSON.stringify(ours)).toBe(JSON.stringify(publicCopy));
    expect(JSON.stringify(ours)).toBe(JSON.stringify(a.sources));
    expect(ours.some((s) => s.entityId !== undefined)).toBe(true);
    const officials = ours.findIndex((s) => s.entityId === undefined);
    expect(officials).toBeGreaterThanOrEqual(0);
    expect(ours[officials]).toBe(unlinked[officials]);
  });
});
