/**
 * The entities an article names: those the knowledge base already has (by any name or alias; their
 * ids are reused, never redefined), countries (i18n-iso-countries), and candidates found by pattern —
 * a person before a title (대표/CEO/교수) and the organisation beside them, companies described as such
 * (`스타트업 X`, `X는 … 기업이다`, `A, B, C 등 … 기업들`, a table whose first column is 기업), the source
 * of a figure (`X 자료에 따르면`), Latin names (OpenAI, AWS) and names in quotes. Every candidate is a
 * draft for an editor to check.
 */
import { romanize } from 'es-hangul';
import type { Entity, EntityType } from '../knowledge/schema.ts';
import { compactKey } from '../search/normalize.ts';
import { type Candidate, Candidates, type FoundBy, occurrences, type TextUnit } from './candidates.ts';
import { findCountries } from './countries.ts';
import { bare, hasParticle, isHangul, words } from './korean.ts';
import {
  findAbbreviations,
  findDescribedCompanies,
  findLatinAndQuotedNames,
  findListedCompanies,
  findPeople,
  findSources,
  findTableCompanies,
} from './patterns.ts';
import { importWords } from './words.ts';

/** An entity the article names that the knowledge base does not have yet. */
export interface EntityDraft {
  readonly id: string;
  readonly type: EntityType;
  readonly ko: string;
  readonly en?: string | undefined;
  readonly aliases: readonly string[];
  readonly code?: string | undefined;
  readonly role?: string | undefined;
  /** People: the id of their organisation. */
  readonly affiliation?: string | undefined;
  /** How it was found. */
  readonly found: FoundBy | 'known';
}

export interface FoundEntities {
  readonly created: readonly EntityDraft[];
  /** Ids of the knowledge base's entities the article names (reused, not redefined). */
  readonly reused: readonly string[];
  /** The entities a text names, in the order it names them (each once). */
  mentions(text: string): string[];
  /** Sentences that say what a company is (`…을 제공하는 스타트업 X는`): unit key → company ids. */
  readonly profiles: ReadonlyMap<string, readonly string[]>;
  /** Terms written with their abbreviation (`디지털 전환(DX)`) that name no entity. */
  readonly terms: readonly { readonly term: string; readonly abbreviation: string }[];
}

/** Finds the entities of an article; `known` are the knowledge base's, `takenIds` every id in use. */
export function findEntities(
  units: readonly TextUnit[],
  known: readonly Entity[],
  takenIds: ReadonlySet<string>,
): FoundEntities {
  const knownByKey = new Map<string, Entity>();
  for (const entity of known)
    for (const name of [entity.name.ko, entity.name.en, ...entity.aliases])
      knownByKey.set(compactKey(name), entity);
  const candidates = new Candidates();
  findCountries(units, candidates);
  const isCompany = (name: string) =>
    candidates.get(name)?.type === 'company' || knownByKey.get(compactKey(name))?.type === 'company';
  findListedCompanies(units, candidates);
  findTableCompanies(units, candidates);
  findDescribedCompanies(units, candidates);
  findPeople(units, candidates, isCompany);
  findSources(units, candidates);
  const abbreviations = findAbbreviations(units);
  const terms: { term: string; abbreviation: string }[] = [];
  for (const { term, abbreviation } of abbreviations) {
    const owner = candidates.get(term) ?? candidates.get(term.split(' ').at(-1)!);
    if (owner) owner.aliases.add(abbreviation);
    else if (!knownByKey.has(compactKey(term))) terms.push({ term, abbreviation });
  }
  findLatinAndQuotedNames(units, candidates, new Set(terms.map((t) => t.abbreviation)));
  shortCompanyNames(candidates);
  const { created, reusedByKey } = settle(candidates, knownByKey, known, takenIds);
  const finder = withHome(mentionFinder([...created, ...known.map(asDraft)]), [
    ...created,
    ...known.map(asDraft),
  ]);
  const reused = new Set<string>(reusedByKey);
  for (const unit of units)
    for (const id of finder(unit.text)) if (!created.some((e) => e.id === id)) reused.add(id);
  const profiles = findProfiles(
    units,
    finder,
    (id) => created.find((e) => e.id === id)?.type ?? known.find((e) => e.id === id)?.type,
  );
  return { created, reused: [...reused], mentions: finder, profiles, terms };
}

/** `뤼튼테크놀로지스` is called `뤼튼`: a company's name without the suffix people leave off. */
function shortCompanyNames(candidates: Candidates): void {
  const { companySuffixes } = importWords();
  for (const candidate of candidates.byKey.values()) {
    if (candidate.type !== 'company') continue;
    const suffix = companySuffixes.find((s) => candidate.name.endsWith(s));
    const short = suffix ? candidate.name.slice(0, -suffix.length).trim() : '';
    if (short.replace(/[^가-힣A-Za-z]/g, '').length >= 2 && !candidates.get(short))
      candidate.aliases.add(short);
  }
}

const asDraft = (e: Entity): EntityDraft => ({
  id: e.id,
  type: e.type,
  ko: e.name.ko,
  en: e.name.en,
  aliases: e.aliases,
  code: e.code,
  found: 'known',
});

/** Candidates the knowledge base already has are reused; the others get ids of their own. */
function settle(
  candidates: Candidates,
  knownByKey: ReadonlyMap<string, Entity>,
  known: readonly Entity[],
  takenIds: ReadonlySet<string>,
): { created: EntityDraft[]; reusedByKey: string[] } {
  const taken = new Set(takenIds);
  const idOf = new Map<Candidate, string>();
  const reusedByKey: string[] = [];
  const created: EntityDraft[] = [];
  for (const candidate of candidates.byKey.values()) {
    const names = [candidate.name, ...candidate.aliases];
    const same =
      names.map((n) => knownByKey.get(compactKey(n))).find(Boolean) ??
      (candidate.code ? known.find((e) => e.type === 'region' && e.code === candidate.code) : undefined);
    if (same) {
      idOf.set(candidate, same.id);
      reusedByKey.push(same.id);
      continue;
    }
    const id = uniqueId(slugOf(candidate.en ?? candidate.name), taken);
    taken.add(id);
    idOf.set(candidate, id);
  }
  for (const candidate of candidates.byKey.values()) {
    const id = idOf.get(candidate)!;
    if (reusedByKey.includes(id)) continue;
    const organization = candidate.organization ? candidates.get(candidate.organization) : undefined;
    // A name taken by another entity of the knowledge base is left to that entity.
    const aliases = [...candidate.aliases].filter(
      (a) => compactKey(a) !== compactKey(candidate.name) && !knownByKey.has(compactKey(a)),
    );
    created.push({
      id,
      type: candidate.type,
      ko: candidate.name,
      en: candidate.en,
      aliases: [...new Map(aliases.map((a) => [compactKey(a), a])).values()],
      code: candidate.code,
      role: candidate.role,
      affiliation: organization ? idOf.get(organization) : undefined,
      found: candidate.found,
    });
  }
  return { created, reusedByKey };
}

/** A lower-case, hyphenated slug of a name (Korean romanised: `리벨리온` → `ribellion`); may be empty. */
export function slugify(name: string): string {
  const latin = /[가-힣]/.test(name) ? romanize(name) : name;
  return latin
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug of at most `max` characters, cut between words when it is longer. */
export function shortSlug(slug: string, max = 48): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** An entity id from its name: its slug, or `entity` when the name makes none. */
export function slugOf(name: string): string {
  return shortSlug(slugify(name)) || 'entity';
}

export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** `국내`, `우리나라`: in a Korean article, Korea itself (when the article names it). */
function withHome(
  finder: (text: string) => string[],
  entities: readonly EntityDraft[],
): (text: string) => string[] {
  const korea = entities.find((e) => e.type === 'region' && e.code === 'KR');
  if (!korea) return finder;
  const { homeWords } = importWords();
  return (text) => {
    const ids = finder(text);
    if (ids.includes(korea.id)) return ids;
    const home = words(text).some((w) => homeWords.includes(bare(w)));
    return home ? [...ids, korea.id] : ids;
  };
}

/** Finds every entity's names in a text, longest names first, each place taken once. */
function mentionFinder(entities: readonly EntityDraft[]): (text: string) => string[] {
  const names = entities
    .flatMap((e) => [e.ko, ...(e.en ? [e.en] : []), ...e.aliases].map((name) => ({ name, id: e.id })))
    .filter((n) => compactKey(n.name).length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
  const hangulNames = names.filter((n) => isHangul(n.name)).map((n) => n.name);
  const namesAt = (rest: string) => hangulNames.some((n) => rest.startsWith(n));
  return (text) => {
    const taken: [number, number][] = [];
    const found: { at: number; id: string }[] = [];
    for (const { name, id } of names)
      for (const at of occurrences(text, name, namesAt)) {
        const end = at + name.length;
        if (taken.some(([s, e]) => at < e && end > s)) continue;
        taken.push([at, end]);
        found.push({ at, id });
      }
    return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.id))];
  };
}

/**
 * Sentences that say what a company is: a company word or a clause right before its name
 * (`AI 솔루션을 제공하는 스타트업 X`, `스타트업으로 꼽히는 X`, `전문가를 보유한 X`), or `X는 … 기업이다`.
 */
function findProfiles(
  units: readonly TextUnit[],
  finder: (text: string) => string[],
  typeOf: (id: string) => EntityType | undefined,
): Map<string, string[]> {
  const { companyNouns } = importWords();
  const profiles = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.kind !== 'paragraph') continue;
    const ws = words(unit.text);
    ws.forEach((token, i) => {
      if (i === 0) return;
      const [id] = finder(token);
      if (!id || typeOf(id) !== 'company' || finder(token).length !== 1) return;
      const before = ws[i - 1]!;
      const described =
        (companyNouns.includes(bare(before)) && !hasParticle(before)) ||
        (i >= 2 && /(는|한)$/.test(before) && /(을|를|으로|로)$/.test(ws[i - 2]!));
      if (described) profiles.set(unit.key, [...(profiles.get(unit.key) ?? []), id]);
    });
    const ending = new RegExp(`(${companyNouns.join('|')})(이다|입니다|이에요|예요|이죠|죠|다)[.!]?$`);
    const [subject] = finder(ws[0] ?? '');
    if (subject && typeOf(subject) === 'company' && /(은|는)$/.test(ws[0]!) && ending.test(unit.text))
      profiles.set(unit.key, [...(profiles.get(unit.key) ?? []), subject]);
  }
  return profiles;
}

export type { TextUnit };
