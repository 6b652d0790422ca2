import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateKnowledge, writeKnowledgeFiles } from '../bench/synth-lib.ts';
import { buildEngine, suggestNames } from '../src/engine/engine.ts';
import { countKnowledge, formatKnowledgeError, loadKnowledgeBase } from '../src/knowledge/loader.ts';
import type { Entity } from '../src/knowledge/schema.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { compactKey, editDistance, jamo } from '../src/search/normalize.ts';

const FACTS = 2_000;
const SEED = 42;
const files = generateKnowledge({ facts: FACTS, seed: SEED });

let dir: string;
let kb: KnowledgeBase;
let realNames: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'synth-'));
  await writeKnowledgeFiles(files, dir);
  const result = await loadKnowledgeBase(dir);
  if (!result.ok) throw new Error(result.errors.slice(0, 10).map(formatKnowledgeError).join('\n'));
  kb = result.kb;
  const real = await loadKnowledgeBase('knowledge');
  if (!real.ok) throw new Error('the real knowledge base does not load');
  realNames = [...real.kb.entities.values()].flatMap(namesOf);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const namesOf = (e: Entity) => [e.name.ko, e.name.en, ...e.aliases];

/** Same name once folded, one inside the other, or one jamo/letter edit apart. */
function collides(a: string, b: string): boolean {
  const [x, y] = [compactKey(a), compactKey(b)];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const hangul = /[\uAC00-\uD7A3]/.test(short);
  if ((hangul ? short.length >= 2 : short.length >= 4) && long.includes(short)) return true;
  return editDistance(jamo(x), jamo(y), 1) <= 1;
}

describe('generateKnowledge', () => {
  test('writes files the real loader accepts, with the counts asked for', () => {
    const counts = countKnowledge(kb);
    expect(counts.facts).toBe(FACTS);
    expect(counts.articles).toBe(files.length);
    expect(files.length).toBe(Math.ceil(FACTS / 500));
    // Roughly one entity per 20 facts.
    expect(counts.entities).toBeGreaterThanOrEqual(FACTS / 25);
    expect(counts.entities).toBeLessThanOrEqual(FACTS / 15);
    for (const type of ['company', 'person', 'region', 'organization'] as const)
      expect(kb.entitiesOfType(type).length).toBeGreaterThan(0);
  });

  test('has Korean and English text for every fact, each citing a passage of its article', () => {
    for (const fact of kb.facts.values()) {
      expect(fact.text.ko).toMatch(/[\uAC00-\uD7A3]/);
      expect(fact.text.en).toMatch(/[A-Za-z]/);
      expect(kb.passage(fact.articleId, fact.source)).toBeDefined();
    }
  });

  test('is deterministic for a seed, and another seed gives other data', () => {
    const again = generateKnowledge({ facts: FACTS, seed: SEED });
    expect(JSON.stringify(again)).toBe(JSON.stringify(files));
    const other = generateKnowledge({ facts: FACTS, seed: SEED + 1 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(files));
    expect(other.flatMap((f) => f.facts)).toHaveLength(FACTS);
  });

  test('counts add up for sizes that do not divide evenly', () => {
    for (const facts of [1, 7, 499, 501, 1_234]) {
      const generated = generateKnowledge({ facts, seed: 3 });
      expect(generated.reduce((sum, f) => sum + f.facts.length, 0)).toBe(facts);
    }
  });

  test('no generated name equals or resembles a name of the real article', () => {
    expect(realNames.length).toBeGreaterThan(20);
    const clashes: string[] = [];
    for (const entity of kb.entities.values())
      for (const name of namesOf(entity))
        for (const real of realNames) if (collides(name, real)) clashes.push(`${name} ~ ${real}`);
    expect(clashes).toEqual([]);
  });

  test('the engine autocompletes a generated company from the start of its name', () => {
    const engine = buildEngine(kb);
    const companies = kb.entitiesOfType('company').slice(0, 10);
    expect(companies.length).toBeGreaterThan(0);
    for (const company of companies) {
      const syllables = [...company.name.ko];
      const prefix = syllables.slice(0, Math.max(2, syllables.length - 1)).join('');
      const ids = suggestNames(engine, 'company', prefix, 25).map((e) => e.id);
      expect(ids, `${prefix} → ${company.name.ko}`).toContain(company.id);
    }
  });
});
