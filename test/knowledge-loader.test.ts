import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { KNOWLEDGE_SCHEMA_PATH, knowledgeJsonSchemaText } from '../src/knowledge/json-schema.ts';
import {
  countKnowledge,
  formatKnowledgeError,
  jsonPath,
  loadKnowledgeBase,
} from '../src/knowledge/loader.ts';
import { type MiniKnowledgeFile, miniKnowledgeFile, tempDir, writeJson } from './fixtures/mini-knowledge.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

async function loadErrors() {
  const result = await loadKnowledgeBase(dir);
  if (result.ok) throw new Error('expected the knowledge folder to be rejected');
  return result.errors.map(formatKnowledgeError);
}

describe('a valid folder', () => {
  test('loads into a frozen snapshot with references resolved', async () => {
    await writeJson(path.join(dir, 'mini.json'), miniKnowledgeFile());
    const result = await loadKnowledgeBase(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { kb } = result;
    expect(countKnowledge(kb)).toEqual({ articles: 1, entities: 2, facts: 1, passages: 2 });
    expect(kb.factsByEntity.get('japan')?.map((f) => f.id)).toEqual(['ganada-tokyo']);
    expect(kb.passage('mini-article', 'p2')?.text).toContain('도쿄');
    expect(kb.entitiesOfType('company').map((e) => e.id)).toEqual(['ganada']);
    expect(Object.isFrozen(kb.entities.get('ganada'))).toBe(true);
    expect(() => {
      (kb.articles as unknown[]).push({});
    }).toThrow();
  });

  test('ignores files that are not JSON (notes beside the knowledge files)', async () => {
    await writeJson(path.join(dir, 'mini.json'), miniKnowledgeFile());
    await writeFile(path.join(dir, 'NOTES.md'), '# notes for editors');
    expect((await loadKnowledgeBase(dir)).ok).toBe(true);
  });
});

type Mutation = (kb: MiniKnowledgeFile & Record<string, unknown>) => void;
const broken: [string, Mutation, string][] = [
  ['missing field', (kb) => Reflect.deleteProperty(kb.article, 'author'), 'article.author: is required'],
  [
    'wrong type',
    (kb) => {
      (kb.facts[0] as Record<string, unknown>).entities = 'ganada';
    },
    'facts[0].entities: ',
  ],
  [
    'duplicate entity id',
    (kb) => {
      kb.entities.push({ ...kb.entities[0]!, name: { ko: '다른', en: 'Other' }, aliases: [] });
    },
    'entities[2].id: duplicate entity id "ganada"',
  ],
  [
    'duplicate fact id',
    (kb) => {
      kb.facts.push({ ...kb.facts[0]! });
    },
    'facts[1].id: duplicate fact id "ganada-tokyo"',
  ],
  [
    'dangling entity reference',
    (kb) => {
      kb.facts[0]!.entities.push('nowhere');
    },
    'facts[0].entities[2]: entity "nowhere" does not exist',
  ],
  [
    'dangling passage reference',
    (kb) => {
      kb.facts[0]!.source = 'p40';
    },
    'facts[0].source: passage "p40" does not exist',
  ],
  [
    'empty text',
    (kb) => {
      kb.passages[1]!.text = '   ';
    },
    'passages[1].text: must not be empty',
  ],
  [
    'duplicate alias across entities',
    (kb) => {
      kb.entities[1]!.aliases.push('gnd');
    },
    'entities[1].aliases[1]: name "gnd" is already used by entity "ganada"',
  ],
  [
    'unknown field (a typo in a key)',
    (kb) => {
      (kb.entities[0] as Record<string, unknown>).alias = ['x'];
    },
    'entities[0]: unknown field(s) "alias"',
  ],
  [
    'bad id format',
    (kb) => {
      kb.entities[0]!.id = 'Ganada Corp';
    },
    'entities[0].id: must be lower-case',
  ],
  [
    'speaker is not a person',
    (kb) => {
      (kb.facts[0] as Record<string, unknown>).speaker = 'ganada';
    },
    'facts[0].speaker: entity "ganada" is a company, not a person',
  ],
  [
    'fact about no entity',
    (kb) => {
      kb.facts[0]!.entities = [];
    },
    'facts[0].entities: a fact must be about at least one entity',
  ],
  [
    'bad date',
    (kb) => {
      kb.article.date = '2025-13-45';
    },
    'article.date: ',
  ],
  [
    'a section holding a passage that does not exist',
    (kb) => {
      kb.sections = [{ id: 'intro', title: { ko: '도입', en: 'Intro' }, passages: ['p1', 'p9'] }];
    },
    'sections[0].passages[1]: passage "p9" does not exist',
  ],
  [
    'a summary line citing a passage that does not exist',
    (kb) => {
      (kb.article as Record<string, unknown>).summary = [
        { text: { ko: '가나다가 도쿄에 진출했다.', en: 'Ganada entered Tokyo.' }, source: 'p7' },
      ];
    },
    'article.summary[0].source: passage "p7" does not exist',
  ],
  [
    'a summary of more than five lines',
    (kb) => {
      const line = { text: { ko: '가나다', en: 'Ganada' }, source: 'p2' };
      kb.sections = [
        { id: 'intro', title: { ko: '도입', en: 'Intro' }, passages: ['p2'], summary: Array(6).fill(line) },
      ];
    },
    'sections[0].summary: a summary has at most five lines',
  ],
];

describe('a broken knowledge file is rejected with file, JSON path and problem', () => {
  test.each(broken)('%s', async (_name, mutate, expected) => {
    const kb = miniKnowledgeFile() as MiniKnowledgeFile & Record<string, unknown>;
    mutate(kb);
    await writeJson(path.join(dir, 'mini.json'), kb);
    const errors = await loadErrors();
    expect(errors.some((e) => e.includes(`mini.json: ${expected}`))).toBe(true);
  });

  test('invalid JSON names the line and column', async () => {
    const text = JSON.stringify(miniKnowledgeFile(), null, 2).split('\n');
    text[3] = `${text[3]},,`; // line 4
    await writeFile(path.join(dir, 'mini.json'), text.join('\n'));
    const errors = await loadErrors();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/mini\.json: invalid JSON at line 4, column \d+/);
  });

  test('a truncated file is invalid JSON at its end', async () => {
    const text = JSON.stringify(miniKnowledgeFile(), null, 2);
    await writeFile(path.join(dir, 'mini.json'), text.slice(0, text.length / 2));
    expect((await loadErrors())[0]).toMatch(/mini\.json: invalid JSON at line \d+, column \d+/);
  });

  test('a JSON file that is not a knowledge file', async () => {
    await writeJson(path.join(dir, 'package.json'), { name: 'x', version: '1.0.0' });
    const errors = await loadErrors();
    expect(errors.some((e) => e.endsWith('package.json: article: is required'))).toBe(true);
    expect(errors.some((e) => e.endsWith('package.json: unknown field(s) "name", "version"'))).toBe(true);
  });

  test('an empty folder', async () => {
    expect((await loadErrors())[0]).toMatch(/contains no knowledge files/);
  });

  test('a folder that does not exist', async () => {
    const missing = path.join(dir, 'nope');
    const result = await loadKnowledgeBase(missing);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatKnowledgeError(result.errors[0]!)).toMatch(/nope: folder does not exist$/);
  });

  test('a byte-order mark and invalid UTF-8 are named', async () => {
    const text = JSON.stringify(miniKnowledgeFile());
    await writeFile(path.join(dir, 'bom.json'), `\uFEFF${text}`);
    await writeFile(
      path.join(dir, 'latin1.json'),
      Buffer.concat([Buffer.from(text.slice(0, 20)), Buffer.from([0xff, 0xfe])]),
    );
    const errors = await loadErrors();
    expect(errors.some((e) => /bom\.json: starts with a byte-order mark/.test(e))).toBe(true);
    expect(errors.some((e) => /latin1\.json: is not valid UTF-8/.test(e))).toBe(true);
  });

  test('a folder named like a knowledge file', async () => {
    await writeJson(path.join(dir, 'mini.json'), miniKnowledgeFile());
    await mkdir(path.join(dir, 'extra.json'));
    expect(await loadErrors()).toEqual([expect.stringMatching(/extra\.json: is not a regular file$/)]);
  });

  test('ids duplicated across two files name both files', async () => {
    await writeJson(path.join(dir, 'a.json'), miniKnowledgeFile());
    const second = miniKnowledgeFile();
    second.article.id = 'second-article';
    second.entities = [];
    await writeJson(path.join(dir, 'b.json'), second);
    const errors = await loadErrors();
    expect(errors).toEqual([
      expect.stringMatching(
        /b\.json: facts\[0\]\.id: duplicate fact id "ganada-tokyo" \(already used in .*a\.json\)/,
      ),
    ]);
  });

  test('every problem is reported, not just the first', async () => {
    const kb = miniKnowledgeFile();
    kb.facts[0]!.source = 'p9';
    kb.facts[0]!.entities.push('ghost');
    await writeJson(path.join(dir, 'mini.json'), kb);
    expect(await loadErrors()).toHaveLength(2);
  });
});

describe('JSON paths', () => {
  test.each([
    [['facts', 12, 'source'], 'facts[12].source'],
    [['article', 'title', 'ko'], 'article.title.ko'],
    [['$schema'], '$schema'],
    [['entities', 0, 'odd key'], 'entities[0]["odd key"]'],
  ] as const)('%j → %s', (segments, expected) => {
    expect(jsonPath(segments)).toBe(expected);
  });
});

test('the committed JSON Schema is up to date with the zod schema (run `npm run kb:schema`)', async () => {
  expect(await readFile(KNOWLEDGE_SCHEMA_PATH, 'utf8')).toBe(knowledgeJsonSchemaText());
});
