/**
 * One fact per sentence (and per table row, and per heading that names something), verbatim: the
 * entities it names (or, for a sentence that names none — `이는 …`, a policy's second sentence — those
 * of the sentence before it, else of its heading), its figures as structured values, and its kind,
 * read from its words.
 */
import type { EntityType, FactKind, KnowledgeFileSource } from '../knowledge/schema.ts';
import type { FoundEntities, TextUnit } from './entities.ts';
import { readFigures } from './figures.ts';
import { bare, words } from './korean.ts';
import { importWords } from './words.ts';

type FactSource = KnowledgeFileSource['facts'][number];
type Figure = NonNullable<FactSource['figures']>[number];

/** A sentence or row to make a fact of, with where it stands. */
export interface FactUnit extends TextUnit {
  readonly passage: string;
  /** The headings above it, nearest first. */
  readonly headings: readonly string[];
  /** Table rows: the entities the table's first row names (its columns). */
  readonly columns?: readonly string[];
}

export interface FactContext {
  readonly articleId: string;
  readonly entities: FoundEntities;
  readonly typeOf: (id: string) => EntityType | undefined;
  readonly takenIds: ReadonlySet<string>;
}

export interface MadeFacts {
  readonly facts: FactSource[];
  /** Sentences no entity could be found for: left as passages only. */
  readonly unlinked: number;
}

const includesAny = (text: string, list: readonly string[]) => list.some((w) => text.includes(w));

/** The kind of a fact, from its words, its figures and where it stands. */
export function kindOf(
  unit: FactUnit,
  entityIds: readonly string[],
  figures: readonly Figure[],
  context: FactContext,
): FactKind {
  const w = importWords();
  const { text } = unit;
  const types = entityIds.map(context.typeOf);
  if (context.entities.profiles.get(unit.key)?.length) return 'profile';
  if (types.includes('person') && includesAny(text, w.quoteVerbs)) return 'quote';
  if (includesAny(text, w.opinionMarkers)) return 'opinion';
  const regions = types.filter((t) => t === 'region').length;
  if ((unit.columns?.length ?? 0) >= 2 || (regions >= 2 && includesAny(text, w.comparisonWords)))
    return 'comparison';
  if (includesAny(text, w.reactionWords)) return 'reaction';
  if (includesAny(text, w.reasonWords)) return 'reason';
  if (includesAny(text, w.policyWords)) return 'policy';
  if (figures.some((f) => f.unit !== 'year')) return 'statistic';
  if (unit.headings.some((h) => includesAny(h, w.reasonWords))) return 'reason';
  return 'trend';
}

/** A label that says nothing (`이는`, empty) is the one of the figure before it in the same unit. */
const weakLabel = (label: string) =>
  label.replace(/[^가-힣A-Za-z]/g, '').length < 2 || /^(이는|이|그|이것)$/.test(label);

function figuresOf(text: string, previous: readonly Figure[]): Figure[] {
  return readFigures(text).map((f) => {
    const inherited = weakLabel(f.label)
      ? previous.filter((p) => p.unit === f.unit && !weakLabel(p.label.ko)).at(-1)?.label.ko
      : undefined;
    const label = inherited ?? (weakLabel(f.label) ? text.slice(0, 40) : f.label);
    return {
      value: f.value,
      unit: f.unit,
      ...(f.year === undefined ? {} : { year: f.year }),
      qualifier: f.qualifier,
      label: { ko: label },
    };
  });
}

/**
 * The words of a sentence's subject that are not a name (`일본 정부는` → 정부): a sentence that leaves
 * its subject out (Korean does) is about the same subject, and a question may name it.
 */
function subjectWords(text: string, isName: (word: string) => boolean): string[] {
  const { adverbs, anaphora } = importWords();
  const subject: string[] = [];
  for (const token of words(text).slice(0, 4)) {
    const word = bare(token);
    const particle = token.replace(/[,.!?]+$/, '').slice(word.length);
    if (!adverbs.includes(word) && !anaphora.includes(token) && !isName(word) && /^[가-힣]{2,}$/.test(word))
      subject.push(word);
    if (/^(은|는|이|가)$/.test(particle)) return subject;
  }
  return [];
}

interface Previous {
  readonly passage: string;
  readonly entities: readonly string[];
  readonly subject: readonly string[];
  readonly figures: readonly Figure[];
}

/** Facts for every unit that names, or follows, an entity. */
export function makeFacts(units: readonly FactUnit[], context: FactContext): MadeFacts {
  const facts: FactSource[] = [];
  const { anaphora } = importWords();
  const isName = (word: string) => context.entities.mentions(word).length > 0;
  let unlinked = 0;
  let previous: Previous | undefined;
  let recentFigures: Figure[] = [];
  const headingEntities = (unit: FactUnit) =>
    unit.headings.map((h) => context.entities.mentions(h)).find((ids) => ids.length > 0) ?? [];
  let n = 0;
  for (const unit of units) {
    const named = context.entities.mentions(unit.text);
    const before = previous?.passage === unit.passage ? previous : undefined;
    if (!before) recentFigures = [];
    let ids = [...new Set([...named, ...(unit.columns ?? [])])];
    const anaphoric = anaphora.some((a) => unit.text.startsWith(`${a} `));
    // `이는 …`, or a sentence that names nothing: about what the sentence before it was about.
    const inherits = unit.kind === 'paragraph' && (ids.length === 0 || anaphoric) && before !== undefined;
    if (inherits) ids = [...new Set([...ids, ...before.entities])];
    if (ids.length === 0 && unit.kind !== 'heading') ids = headingEntities(unit);
    let figures = figuresOf(unit.text, recentFigures);
    // `이는 2021년(9895억원)에 비해 줄어든 수치`: compared with the figure before it, which it is about.
    if (anaphoric && before)
      figures = [...before.figures.filter((f) => figures.some((g) => g.unit === f.unit)), ...figures];
    recentFigures = [...recentFigures, ...figures];
    const subject = subjectWords(unit.text, isName);
    previous = {
      passage: unit.passage,
      entities: ids,
      subject: subject.length > 0 || !inherits ? subject : before.subject,
      figures,
    };
    if (ids.length === 0 || (unit.kind === 'heading' && /[?？]$/.test(unit.text))) {
      if (unit.kind !== 'heading') unlinked++;
      continue;
    }
    let id: string;
    do id = `${context.articleId.slice(0, 52)}-s${++n}`;
    while (context.takenIds.has(id));
    const kind = kindOf(unit, ids, figures, context);
    const speaker = kind === 'quote' ? named.find((e) => context.typeOf(e) === 'person') : undefined;
    facts.push({
      id,
      kind,
      text: { ko: unit.text },
      entities: ids,
      figures,
      keywords: inherits ? before.subject.filter((w) => !unit.text.includes(w)) : [],
      ...(speaker ? { speaker } : {}),
      source: unit.passage,
      draft: true,
    });
  }
  return { facts: byAuthorInOpinions(facts), unlinked };
}

/** A paragraph where the author speaks (`…라고 생각해요`) is the author's view throughout. */
function byAuthorInOpinions(facts: FactSource[]): FactSource[] {
  const opinionated = new Set(facts.filter((f) => f.kind === 'opinion').map((f) => f.source));
  return facts.map((f) =>
    opinionated.has(f.source) && f.kind !== 'quote' && f.kind !== 'opinion' ? { ...f, kind: 'opinion' } : f,
  );
}
