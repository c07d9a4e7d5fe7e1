import { describe, expect, it } from 'vitest';
import { SOURCE_SHAPES } from '../../src/attribution/buildSources.js';
import { linkSourcesToEntities } from '../../src/entities/linkSources.js';
import { SourceSchema } from '../../src/schema/articleAnalysis.js';
import { analyseChecked as analyse } from '../helpers.js';

describe('linked sources', () => {
  it('writes every key of the schema\'s Source across the record shapes and their linked copies (review24 #8)', () => {
    expect(SOURCE_SHAPES).toHaveLength(16);
    const written = new Set<string>(['entityId']);
    for (const s of SOURCE_SHAPES) {
      for (const k of Object.keys(s)) written.add(k);
      expect(SourceSchema.safeParse(s).success).toBe(true);
    }
    expect([...written].sort()).toEqual(Object.keys(SourceSchema.shape).sort());
  });

  it('links the analysis sources with `entityId` last, and keeps a source with no entity as it is', () => {
    const a = analyse('Harbour chief Dara Vale said the levy would rise. "It must," Vale said. Officials said the tram fare stays.');
    const unlinked = a.sources.map(({ entityId: _entityId, ...rest }) => rest);
    const linked = linkSourcesToEntities(unlinked, a.attributions, a.entities);
    expect(JSON.stringify(linked)).toBe(JSON.stringify(a.sources));
    const vale = linked.findIndex((s) => s.entityId !== undefined);
    expect(vale).toBeGreaterThanOrEqual(0);
    expect(Object.keys(linked[vale]!)).toEqual([...Object.keys(unlinked[vale]!), 'entityId']);
    expect('entityId' in unlinked[vale]!).toBe(false);
    const officials = linked.findIndex((s) => s.entityId === undefined);
    expect(officials).toBeGreaterThanOrEqual(0);
    expect(linked[officials]).toBe(unlinked[officials]);
  });
});
