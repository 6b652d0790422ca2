/**
 * The patterns that name a person, a company or an organisation in Korean news text. Each finder reads
 * the article's sentences and adds what it finds to the candidates, saying how it was found.
 */
import type { EntityType } from '../knowledge/schema.ts';
import { type Candidates, type FoundBy, occurrences, type TextUnit } from './candidates.ts';
import { bare, hasParticle, isHangul, looksLikePersonName, words } from './korean.ts';
import { importWords } from './words.ts';

/** The word carries a subject or topic particle: `올거나이즈는`, `리벨리온이`. */
const isSubject = (token: string) =>
  /^(은|는|이|가)$/.test(token.replace(/[,.!?]+$/, '').slice(bare(token).length));
const RELATIVE = /(는|은|한|된|인|던)$/;
const STRIP_BRACKETS = /\(([^)]*)\)/;

/** A word that can be a name: Hangul, Latin or both, not a company word or a plural. */
function nameWord(word: string): boolean {
  if (!/^[가-힣A-Za-z][가-힣A-Za-z0-9&.-]*$/.test(word)) return false;
  const { companyNouns, titles } = importWords();
  if (companyNouns.includes(word) || titles.includes(word)) return false;
  return !(isHangul(word) && /들$/.test(word));
}

function titleOf(token: string): string | undefined {
  const word = bare(token);
  return importWords().titles.find((t) => t === word);
}

/** `박성현 리벨리온 대표`, `리벨리온 박성현 대표`, `박성현 대표`: a person, and the organisation beside them. */
export function findPeople(
  units: readonly TextUnit[],
  candidates: Candidates,
  isCompany: (name: string) => boolean,
): void {
  const all = units.map((u) => u.text).join('\n');
  const count = (name: string) => occurrences(all, name, () => true).length;
  for (const unit of units) {
    const ws = words(unit.text);
    ws.forEach((token, i) => {
      const title = titleOf(token);
      if (!title || i === 0 || hasParticle(ws[i - 1]!)) return;
      const a = bare(ws[i - 1]!);
      const b = i >= 2 && !hasParticle(ws[i - 2]!) ? bare(ws[i - 2]!) : undefined;
      if (!nameWord(a)) return;
      const pair = b && nameWord(b) ? personAndOrganization(a, b, isCompany, count) : undefined;
      if (pair) {
        const org = candidates.add(pair.organization, 'company', 'beside-person');
        const person = candidates.add(pair.person, 'person', 'person');
        if (person && org) {
          person.role = `${org.name} ${title}`;
          person.organization = pair.organization;
        }
      } else if (looksLikePersonName(a) && !isCompany(a)) {
        const person = candidates.add(a, 'person', 'person');
        if (person) person.role ??= title;
      }
    });
  }
}

/** Of two names before a title, which is the person and which their organisation. */
function personAndOrganization(
  a: string,
  b: string,
  isCompany: (name: string) => boolean,
  count: (name: string) => number,
): { person: string; organization: string } | undefined {
  if (isCompany(a) && !isCompany(b)) return { person: b, organization: a };
  if (isCompany(b) && !isCompany(a)) return { person: a, organization: b };
  const [pa, pb] = [looksLikePersonName(a), looksLikePersonName(b)];
  if (pb && !pa) return { person: b, organization: a };
  if (pa && !pb) return { person: a, organization: b };
  if (!pa && !pb) return undefined;
  // Both could be a name (`박우진 이랜서`): the organisation is the one the article names more often.
  if (count(a) > count(b)) return { person: b, organization: a };
  if (count(b) > count(a)) return { person: a, organization: b };
  return { person: a, organization: b };
}

/** `스타트업 올거나이즈는`, `스타트업으로 꼽히는 리벨리온이`, `X는 … 기업이다`. */
export function findDescribedCompanies(units: readonly TextUnit[], candidates: Candidates): void {
  const { companyNouns } = importWords();
  const isCompanyNoun = (token: string) => companyNouns.includes(bare(token));
  for (const unit of units) {
    const ws = words(unit.text);
    ws.forEach((token, i) => {
      if (i === 0 || !isSubject(token)) return;
      const name = bare(token);
      if (!nameWord(name)) return;
      const before = ws[i - 1]!;
      // `…을 제공하는 스타트업 X는`: the company word itself described by a clause before it.
      const described =
        (i >= 2 && isCompanyNoun(before) && !hasParticle(before) && RELATIVE.test(ws[i - 2]!)) ||
        (i >= 2 && RELATIVE.test(before) && /(으로|로)$/.test(ws[i - 2]!) && isCompanyNoun(ws[i - 2]!));
      if (described) candidates.add(name, 'company', 'described');
    });
    const first = ws[0];
    if (
      first &&
      /(은|는)$/.test(first) &&
      new RegExp(`(${companyNouns.join('|')})(이다|입니다|이에요|예요|이죠|죠|다)[.!]?$`).test(unit.text)
    ) {
      const name = bare(first);
      if (nameWord(name)) candidates.add(name, 'company', 'said-company');
    }
  }
}

/** `구글, 오픈AI, 마이크로소프트(MS) 등 미국 빅테크 기업들이`: every name of the list is a company. */
export function findListedCompanies(units: readonly TextUnit[], candidates: Candidates): void {
  const { companyNouns } = importWords();
  for (const unit of units) {
    const ws = words(unit.text);
    ws.forEach((token, k) => {
      if (token !== '등' || k < 2) return;
      const after = ws.slice(k + 1, k + 4).map(bare);
      if (!after.some((w) => companyNouns.some((n) => w.startsWith(n)))) return;
      const items = [ws[k - 1]!];
      for (let j = k - 2; j >= 0 && ws[j]!.endsWith(','); j--) items.unshift(ws[j]!);
      if (items.length < 2) return;
      for (const item of items) addNamed(candidates, item.replace(/,$/, ''), 'company', 'listed');
    });
  }
}

/** A table whose first column is `기업`: each row starts with the companies it is about. */
export function findTableCompanies(units: readonly TextUnit[], candidates: Candidates): void {
  const { companyNouns } = importWords();
  for (const unit of units) {
    if (unit.kind !== 'table-row' || unit.isHeader || !unit.tableHeader) continue;
    const firstColumn = bare(words(unit.tableHeader)[0] ?? '');
    if (!companyNouns.includes(firstColumn) && !/^compan/i.test(firstColumn)) continue;
    const ws = words(unit.firstCell ?? unit.text);
    const items = [ws[0] ?? ''];
    for (let j = 1; j < ws.length && ws[j - 1]!.endsWith(','); j++) items.push(ws[j]!);
    for (const item of unit.firstCell ? unit.firstCell.split(/,\s*/) : items)
      addNamed(candidates, item.replace(/,$/, ''), 'company', 'table');
  }
}

/** `국회 예산정책처 자료에 따르면`: whoever a figure is reported by. */
export function findSources(units: readonly TextUnit[], candidates: Candidates): void {
  for (const unit of units) {
    const at = unit.text.indexOf('에 따르면');
    if (at < 0) continue;
    const before = words(unit.text.slice(0, at + 1).replace(/에$/, ''));
    // The report itself (자료, 조사, 보고서) is not its author.
    if (/^(자료|조사|발표|보고서|통계|분석)$/.test(before.at(-1) ?? '')) before.pop();
    const name: string[] = [];
    for (const token of before.reverse()) {
      if (name.length >= 3 || /[,.]$/.test(token) || hasParticle(token) || !nameWord(token)) break;
      name.unshift(token);
    }
    if (name.length > 0) candidates.add(name.join(' '), 'organization', 'source');
  }
}

/** Latin names (`OpenAI`, `AWS`) and names in quotes (`'AI Act'`). */
export function findLatinAndQuotedNames(
  units: readonly TextUnit[],
  candidates: Candidates,
  abbreviations: ReadonlySet<string>,
): void {
  for (const unit of units) {
    const quoted = [...unit.text.matchAll(/['‘"“]([^'’"”‘“]{2,30})['’"”]/gu)].map((m) => m[1]!.trim());
    for (const phrase of quoted) {
      const ws = phrase.split(/\s+/);
      const latinName = ws.length <= 4 && ws.every((w) => /^[A-Z][A-Za-z0-9&.-]*$/.test(w));
      const oneWord = ws.length === 1 && /[가-힣]/.test(phrase);
      if (latinName || oneWord) candidates.add(phrase, 'organization', 'quoted');
    }
    const unquoted = unit.text.replace(/['‘"“][^'’"”‘“]{2,30}['’"”]/gu, ' ');
    for (const m of unquoted.matchAll(
      /(?<![A-Za-z0-9&])[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*|(?<![A-Za-z0-9&])[A-Z][a-z]+[A-Z][A-Za-z]*/g,
    )) {
      const name = m[0];
      if (abbreviations.has(name)) continue;
      if (/^[A-Z]/.test(name)) candidates.add(name, 'organization', 'latin');
    }
  }
}

/** A name as listed (`마이크로소프트(MS)`): the name, and the abbreviation in brackets as an alias. */
function addNamed(candidates: Candidates, item: string, type: EntityType, found: FoundBy): void {
  const brackets = STRIP_BRACKETS.exec(item);
  const name = bare(item.replace(STRIP_BRACKETS, ''));
  if (!nameWord(name)) return;
  const candidate = candidates.add(name, type, found);
  if (candidate && brackets?.[1] && /^[A-Za-z][A-Za-z0-9&.-]{0,9}$/.test(brackets[1]))
    candidate.aliases.add(brackets[1]);
}

/** `디지털 전환(DX)`, `마이크로소프트(MS)`: a term or name and its abbreviation. */
export function findAbbreviations(units: readonly TextUnit[]): { term: string; abbreviation: string }[] {
  const found: { term: string; abbreviation: string }[] = [];
  for (const unit of units) {
    for (const m of unit.text.matchAll(/([^\s()]+)\(([A-Za-z][A-Za-z0-9&.-]{0,9})\)/g)) {
      const word = m[1]!.replace(/^["'“‘(]+/, '');
      if (!word || /^\d/.test(word)) continue;
      const letters = m[2]!.replace(/[^A-Za-z]/g, '').length;
      const before = words(unit.text.slice(0, m.index!));
      const term = [word];
      // A short word (`전환`) is the last of the term's words: `디지털 전환(DX)`.
      while (
        isHangul(term[0]!) &&
        term.join('').length <= 2 &&
        term.length < Math.min(letters, 3) &&
        before.length > 0 &&
        !hasParticle(before.at(-1)!) &&
        !/[,.]$/.test(before.at(-1)!)
      )
        term.unshift(before.pop()!);
      found.push({ term: term.join(' '), abbreviation: m[2]! });
    }
  }
  return found;
}
