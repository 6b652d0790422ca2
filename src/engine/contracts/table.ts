/**
 * A table of the article asked for whole (`일본 진출 현황 표 정리 좀`, `빅테크 투자 현황 표에 나온 기업`): the
 * table whose header (and the heading above it) says what the question names, each of its rows. A
 * comparison the knowledge base holds as one (`한국 vs 일본 비교표`) is listed by aspect instead.
 */
import type { Comparison } from '../../knowledge/schema.ts';
import type { SourcedFact } from '../../knowledge/types.ts';
import { compactKey } from '../../search/normalize.ts';
import type { Reading } from '../ask.ts';
import { cite } from '../cards.ts';
import type { Answer, Engine, ListItem } from '../types.ts';
import { namedIn, readsAs } from '../words.ts';
import { rowWording } from './facts.ts';

interface Table {
  /** The header row and the heading just before it, compacted: what the table is called. */
  readonly name: string;
  /** The heading just before it as written (`한국과 일본의 AI 정책 비교`), else its header row. */
  readonly title: string;
  readonly rows: readonly ListItem[];
  readonly comparison: boolean;
}

export function tableAnswer(reading: Reading): Answer | undefined {
  const { engine, terms, understanding } = reading;
  const { types } = understanding;
  const tableWords = engine.lexicon.tableWords;
  // (`… 현황 표 있잖아 그거 정리 좀`: the table said before, pointed at)
  const foreground = terms.some((t) => !t.background && t.role === 'topic');
  const asked = terms.filter((t) => !t.background || !foreground);
  // (the body asked of last, a table said before it: `본문이랑 표가 다르다던데, 본문에는 얼마라고 돼 있나요?`)
  const last = terms.findLast((t) => readsAs(t, tableWords) || readsAs(t, engine.lexicon.bodyWords));
  const said = asked.some((t) => readsAs(t, tableWords)) && !!last && readsAs(last, tableWords);
  const whole = ['list', 'summary', 'which', 'amount', 'compare'].some((t) => types.has(t as never));
  // (a row asked of one named, `표에 리벨리온은 뭐라고 돼있어`, is that row)
  const named = reading.mentions.some((m) => !m.background && m.entity.type !== 'region');
  if (!said || !whole || named) return undefined;
  // (a country says little: both tables name Japan)
  const words = asked.filter(
    (t) =>
      (t.role === 'topic' || t.role === 'predicate') &&
      !readsAs(t, tableWords) &&
      !reading.mentionedTerm.has(terms.indexOf(t)),
  );
  // (a row of a comparison named, `표에서 일본 투자 유치 칸`, `VC 투자 급감`, is that row)
  const text = compactKey(reading.text);
  const rowSaid = (r: Comparison['rows'][number]) =>
    [r.aspect.ko, ...r.values.map((v) => v.text.ko)].some((w) => text.includes(compactKey(w)));
  if (engine.kb.comparisons.some((c) => c.rows.some(rowSaid))) return undefined;
  // (a country only one table names, `한국 투자 환경은 표에 …`, says which: the one that sets it against Japan)
  // (not a country's companies, `표에 나온 한국 회사`, `한국 AI 스타트업`: those the other table lists)
  const ofCompanies = (m: (typeof reading.mentions)[number]) =>
    m.terms.some((i) => terms.slice(i + 1, i + 3).some((t) => readsAs(t, engine.lexicon.companyNouns)));
  const tables = tablesOf(engine);
  const names = (table: Table, m: (typeof reading.mentions)[number]) =>
    table.name.includes(compactKey(m.entity.name.ko));
  const regions = reading.mentions.filter(
    (m) =>
      !m.background &&
      m.entity.type === 'region' &&
      !ofCompanies(m) &&
      tables.filter((table) => names(table, m)).length === 1,
  );
  const hits = (table: Table) =>
    words.filter((t) => [t.head, ...t.forms].some((w) => w.length >= 2 && table.name.includes(compactKey(w))))
      .length + regions.filter((m) => names(table, m)).length;
  const ranked = tables.map((table) => ({ table, hits: hits(table) })).sort((a, b) => b.hits - a.hits);
  const [best, second] = ranked;
  if (!best || best.hits === 0 || best.hits === second?.hits || best.table.comparison) return undefined;
  const items = ofCountry(reading, best.table.rows);
  const of = items === best.table.rows ? 'rows' : 'companies';
  return { kind: 'list', question: reading.text, of, items };
}

/**
 * `한국이랑 일본 인프라 차이, 그리고 시장 성장 차이까지`, `한국 정부지원은 표에 뭐라고 돼있음`, `시장 성장 부분
 * 한일 차이 한 줄로`: rows of a comparison named by their aspect, with its table, both its sides or a
 * comparison asked: each row named, in the table's order, both sides as the article sets them.
 */
export function rowsAnswer(reading: Reading): Answer | undefined {
  const { engine, understanding } = reading;
  if (reading.mentions.some((m) => !m.background && m.entity.type !== 'region')) return undefined;
  // (a claim of a row, `표에 일본 인프라 원전 기반이라고 돼있던데`, is checked, yes or no)
  if (understanding.types.has('yesno')) return undefined;
  // (named in what is asked, not in the background: `…정부 지원 수치 꼭 넣으라 하셨는데, 보조금 최대 얼마?`)
  // (unless what is asked names nothing of its own: `… 칸엔 뭐라고 써있음? 표 기준`)
  const foreground = reading.terms.filter((t) => !t.background);
  const own = foreground.some(
    (t) =>
      (t.role === 'topic' || t.role === 'predicate') &&
      !readsAs(t, engine.lexicon.tableWords) &&
      !engine.lexicon.articleParts.some((part) => part.length === 1 && part[0] === t.head),
  );
  const asked = (own ? foreground : reading.terms).map((t) => t.surface);
  const text = compactKey(asked.join(''));
  const lower = ` ${asked.join(' ').toLowerCase()} `;
  // (the table may be named anywhere: `… 칸엔 뭐라고 써있음? 표 기준`)
  const tableSaid = reading.terms.some((t) => readsAs(t, engine.lexicon.tableWords));
  // (a date or a person asked of a row's theme, `government support tax until what year?`, the table's rows
  // never give: the facts that do answer, unless the table itself is asked)
  if (!tableSaid && (understanding.types.has('time') || understanding.types.has('person'))) return undefined;
  // (in English by the words of the aspect in any form or order: `investment attraction` is `Attracting
  // investment`)
  const stems = lower.split(/[^a-z]+/).filter((w) => w.length >= 4);
  const stem = (w: string) => w.slice(0, ENGLISH_STEM);
  const inWords = (aspect: string) =>
    aspect
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4)
      .every((w) => stems.some((q) => stem(q) === stem(w)));
  for (const comparison of engine.kb.comparisons) {
    const rows = comparison.rows.filter(
      (r) =>
        text.includes(compactKey(r.aspect.ko)) ||
        lower.includes(` ${r.aspect.en.toLowerCase()} `) ||
        (understanding.language === 'en' && inWords(r.aspect.en)),
    );
    const sides = comparison.entities.every((id) =>
      reading.mentions.some((m) => !m.background && m.entity.id === id),
    );
    if (rows.length === 0 || !(tableSaid || sides || understanding.types.has('compare'))) continue;
    // (the table of a pair is for that pair only: `미국은 정부 지원 비교해줘` asks of a country it does not set)
    const other = reading.mentions.some(
      (m) => !m.background && m.entity.type === 'region' && !comparison.entities.includes(m.entity.id),
    );
    if (other) continue;
    const facts = rows.flatMap((row) =>
      [...engine.kb.facts.values()].filter(
        (f) => f.kind === 'comparison' && f.source === row.source && f.articleId === comparison.articleId,
      ),
    );
    const wording = rows.flatMap((row) => {
      const passage = engine.kb.passage(comparison.articleId, row.source);
      return passage ? [rowWording(engine, passage)] : [];
    });
    if (facts.length > 0)
      return {
        kind: 'facts',
        question: reading.text,
        facts: facts.map((f) => cite(engine, f)),
        lead: { kind: 'wording', rows: wording },
      };
  }
  return undefined;
}

/** How many first letters of an English word stand for it, whatever its ending (`attract` of `attracting`). */
const ENGLISH_STEM = 7;

/** Question types that ask something else of a company than how a table words it. */
const OTHER_ASKED = ['person', 'time', 'amount', 'place', 'reason', 'yesno'] as const;

/**
 * `표에 리벨리온은 뭐라고 돼있어`, `기업별 진출 현황 표에서 올거나이즈 현황`: the one row of a table that names
 * the company asked of, as the table words it, with the company's facts that say what the row says.
 */
export function namedRowAnswer(reading: Reading): Answer | undefined {
  const { engine, terms, understanding } = reading;
  const { tableWords, bodyWords } = engine.lexicon;
  const last = terms.findLast((t) => readsAs(t, tableWords) || readsAs(t, bodyWords));
  const named = reading.mentions.filter((m) => !m.background && m.entity.type !== 'region');
  if (!last || !readsAs(last, tableWords) || named.length !== 1) return undefined;
  if (OTHER_ASKED.some((t) => understanding.types.has(t))) return undefined;
  const entity = named[0]!.entity;
  const rows = tablesOf(engine)
    .filter((t) => !t.comparison)
    .flatMap((t) => t.rows)
    .flatMap((r) => (r.passage && namedIn(r.passage.text, [entity]).length > 0 ? [r.passage] : []));
  const row = rows.length === 1 ? rows[0]! : undefined;
  if (!row) return undefined;
  // (the row's own words, past the company's name: `도쿄에`, `첫`, `해외법인`, `설립`)
  const words = row.text
    .replaceAll(entity.name.ko, ' ')
    .split(/[\s,]+/)
    .filter((w) => w.length >= 2);
  const says = (f: SourcedFact) => words.filter((w) => f.text.ko.includes(w.slice(0, 2))).length;
  const facts = (engine.kb.factsByEntity.get(entity.id) ?? [])
    .filter((f) => says(f) > 0)
    .sort((a, b) => says(b) - says(a))
    .slice(0, 2);
  if (facts.length === 0) return undefined;
  return {
    kind: 'facts',
    question: reading.text,
    facts: facts.map((f) => cite(engine, f)),
    lead: { kind: 'wording', rows: [rowWording(engine, row)] },
  };
}

/**
 * `표에 나온 한국 회사들`, `표에 있는 회사 전부`: companies asked of a table are the companies its rows name,
 * of the country the question names if it names one of theirs (not the US big tech row), in the table's
 * order, each with its row.
 */
function ofCountry(reading: Reading, rows: readonly ListItem[]): readonly ListItem[] {
  const { engine, terms } = reading;
  const asked = terms.some((t) => !t.background && engine.lexicon.companyNouns.has(t.head));
  if (!asked) return rows;
  const countries = reading.mentions.filter((m) => m.entity.type === 'region').map((m) => m.entity.id);
  const all = [...engine.kb.entities.values()].filter((e) => e.type === 'company');
  const inRows = (companies: typeof all) =>
    rows.flatMap((row) =>
      namedIn(row.label.ko, companies).map((e) => ({
        label: e.name,
        detail: row.label,
        passage: row.passage,
      })),
    );
  // (each company of the rows, named, with its row: a reply may pick one, `두 번째 거는?`)
  const ofCountries = inRows(all.filter((e) => !!e.country && countries.includes(e.country)));
  const named = ofCountries.length > 0 ? ofCountries : inRows(all);
  return named.length > 0 ? named : rows;
}

/** The article's tables: runs of table rows, the first of which is the header. */
/** What the article's tables are called, in order: each one's heading, else its header row. */
export function tableTitles(engine: Engine): string[] {
  return tablesOf(engine).map((t) => t.title);
}

function tablesOf(engine: Engine): Table[] {
  const sources = new Set(engine.kb.comparisons.flatMap((c) => c.rows.map((r) => r.source)));
  return engine.kb.articles.flatMap((article) => {
    const tables: Table[] = [];
    const { passages } = article;
    for (let at = 0; at < passages.length; at++) {
      if (passages[at]!.kind !== 'table-row' || passages[at - 1]?.kind === 'table-row') continue;
      let end = at;
      while (passages[end + 1]?.kind === 'table-row') end++;
      const heading = passages[at - 1]?.kind === 'heading' ? passages[at - 1]!.text : '';
      const body = passages.slice(at + 1, end + 1);
      tables.push({
        name: compactKey(`${heading} ${passages[at]!.text}`),
        // (a header row without the name of its first column, `기업`, and its cells' dividers)
        title:
          heading ||
          passages[at]!.text.split(/\s+/)
            .slice(1)
            .join(' ')
            .replace(/\s*[/|·]\s*/g, ' '),
        comparison: body.some((p) => sources.has(p.id)),
        rows: body.map((p) => ({
          label: { ko: p.text, en: p.en },
          detail: undefined,
          passage: engine.kb.passage(article.id, p.id),
        })),
      });
    }
    return tables;
  });
}
