import { describe, expect, it } from 'vitest';
import { SourceRegistry } from '../../src/attribution/sourceRegistry.js';

// The registry of an article's people and bodies. Names are invented.

describe('source registry', () => {
  it('meets a body under one key whatever the case, order, fillers or possessive of its name', () => {
    const reg = new SourceRegistry();
    const board = reg.create({ kind: 'organization', name: 'National Harbour Board of Vell' }, 0);
    const kestra = reg.create({ kind: 'organization', name: 'Kestra' }, 10);
    expect(reg.byOrganizationKey('the Vell Harbour Board', 20)).toBe(board);
    expect(reg.byOrganizationKey('Harbour', 20)).toBeNull();
    expect(reg.byOrganizationKey('Kestra', 20)).toBe(kestra);
    expect(reg.byOrganizationKey('KESTRA', 20)).toBe(kestra);
    expect(reg.byOrganizationKey('Kestra’s', 20)).toBe(kestra);
    expect(reg.byOrganizationKey("Kestra's", 20)).toBe(kestra);
    // a filler word alone is no body's key
    expect(reg.byOrganizationKey('The', 20)).toBeNull();
    // nothing is known before it was first seen
    expect(reg.byOrganizationKey('Kestra', 5)).toBeNull();
  });

  it('gives a new entity the defaults, and keeps what it is given', () => {
    const reg = new SourceRegistry();
    const ruiz = reg.create({ kind: 'person', name: 'Ana Ruiz', title: 'Mayor', noted: true }, 42);
    expect(ruiz).toMatchObject({ id: '', name: 'Ana Ruiz', kind: 'person', title: 'Mayor', hidden: true, noted: true, firstSeen: 42, lastSeen: 42 });
    expect(ruiz.anaphors.size).toBe(0);
    expect(ruiz.role).toBeUndefined();
    const spokesman = reg.create({ kind: 'person', name: null, anaphors: new Set(['spokesman']), unresolved: true }, 50);
    expect(spokesman.noted).toBe(false);
    expect(spokesman.unresolved).toBe(true);
    expect(reg.byAnaphorWord('spokesman', 60)).toBe(spokesman);
    expect(reg.bySurnameKey('ruiz', 60)).toBe(ruiz);
    expect(reg.promote(ruiz, 70).id).toBe('person:ana-ruiz');
  });
});

describe('source registry: anaphors added one by one', () => {
  it('finds an entity by each anaphor word added, and by its name keys', () => {
    const reg = new SourceRegistry();
    const okafor = reg.create({ kind: 'person', name: 'Ngozi Okafor' }, 0);
    reg.addAnaphor(okafor, 'minister');
    reg.addAnaphor(okafor, 'treasurer');
    reg.addAnaphor(okafor, 'minister');
    expect(reg.byAnaphorWord('minister', 10)).toBe(okafor);
    expect(reg.byAnaphorWord('Treasurer', 10)).toBe(okafor);
    expect(reg.bySurnameKey('okafor', 10)).toBe(okafor);
    expect([...okafor.anaphors]).toEqual(['minister', 'treasurer']);
  });

  it('files the surname of a body later found to be a person when its next anaphor comes', () => {
    const reg = new SourceRegistry();
    const berg = reg.create({ kind: 'organization', name: 'Tomas Berg' }, 0);
    expect(reg.bySurnameKey('berg', 10)).toBeNull();
    reg.changeKind(berg, 'person');
    reg.addAnaphor(berg, 'director');
    expect(reg.bySurnameKey('berg', 10)).toBe(berg);
    expect(reg.byAnaphorWord('director', 10)).toBe(berg);
  });

  it('files a name changed since the last index under its new keys when an anaphor comes', () => {
    const reg = new SourceRegistry();
    const vale = reg.create({ kind: 'person', name: 'Vale' }, 0);
    vale.name = 'Irene Dunmore Vale';
    reg.addAnaphor(vale, 'senator');
    expect(reg.byFullName('irene dunmore vale', 10)).toBe(vale);
    expect(reg.bySurnameKey('dunmore vale', 10)).toBe(vale);
    expect(reg.byAnaphorWord('senator', 10)).toBe(vale);
  });
});
