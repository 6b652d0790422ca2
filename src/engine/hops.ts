/**
 * A role in a company the question describes by what it did, not by name (`노무라증권을 고객으로 둔 회사의 대표
 * 이름`, `who is the CEO of the company that moved its HQ to Japan?`): which company is asked first, then who
 * holds the role in it, as if it had been named.
 */
import type { Entity } from '../knowledge/schema.ts';
import { nounStems } from '../language/korean.ts';
import { understand } from '../language/understand.ts';
import { vocabularyOf } from './mentions.ts';
import type { Answer, Engine } from './types.ts';

/** The two questions a described company's role is asked as: which company, then the role in the one found. */
interface Hop {
  /** `노무라증권을 고객으로 둔 회사`, `which company moved its HQ to Japan?` */
  readonly which: string;
  /** The question with the words that describe the company in place of its name (`… 대표 이름`). */
  readonly role: (name: string) => string;
}

/** The role asked of a company the message describes, as two questions; none when it names its company. */
export function describedCompanyRole(engine: Engine, text: string): Hop | undefined {
  // (a word for a role and one for a company typed somewhere, before the message is read: most have none)
  const { companyNouns, titleWords, describedRole } = engine.lexicon;
  const lower = text.toLowerCase();
  const typed = (w: string) => lower.includes(w);
  if (![...titleWords, ...describedRole.titles].some(typed) || ![...companyNouns].some(typed))
    return undefined;
  const words = text.trim().split(/\s+/);
  const read = (word: string) => understand(word, engine.lexicon, vocabularyOf(engine)).terms[0];
  const heads = words.map((w) => read(w)?.head.toLowerCase() ?? '');
  const whole = understand(text, engine.lexicon, vocabularyOf(engine));
  if (whole.terms.some((t) => vocabularyOf(engine).isName(t.head) && companyLike(engine, t.head)))
    return undefined;
  // (`…둔 회사의 대표 이름`: the words before the company's noun describe it, two at least)
  const titled = (i: number) =>
    titleWords.has(heads[i] ?? '') ||
    nounStems(engine.lexicon.grammar, (words[i] ?? '').replace(/[?？!.~]+$/, '')).some((s) =>
      titleWords.has(s),
    );
  const korean = heads.findIndex((h, i) => i >= 2 && companyNouns.has(h) && titled(i + 1));
  if (korean >= 0)
    return {
      which: [...words.slice(0, korean + 1), describedRole.which.ko].join(' '),
      role: (name) => [name, ...words.slice(korean + 1)].join(' '),
    };
  // (`the CEO of the company that moved …`: the company's noun after the role, then the clause that describes it)
  const title = heads.findIndex((h) => titleWords.has(h) || describedRole.titles.has(h));
  const of = title + 1;
  if (title < 0 || !describedRole.of.has(heads[of] ?? '')) return undefined;
  const noun = heads.findIndex((h, i) => i > of && i <= of + 4 && companyNouns.has(h));
  if (noun < 0 || !describedRole.relatives.has(heads[noun + 1] ?? '') || noun + 2 >= words.length)
    return undefined;
  const clause = words.slice(noun + 2).join(' ');
  return {
    // (with the words that say what kind of company, `the korean AI vendor`, but its article)
    which: [describedRole.which.en, ...words.slice(of + 2, noun + 1), clause].join(' '),
    role: (name) => [...words.slice(0, of + 1), name].join(' '),
  };
}

/** A name the article knows as a company's (not a client organisation, a place or a person). */
function companyLike(engine: Engine, word: string): boolean {
  return engine.entities.exactMatches(word).some((e) => e.type === 'company');
}

/** The one company an answer to which company leads with, if it leads with one. */
export function oneCompany(answer: Answer): Entity | undefined {
  if (answer.kind !== 'facts' || answer.lead.kind !== 'entities') return undefined;
  const companies = answer.lead.entities.filter((e) => e.type === 'company');
  return companies.length === 1 ? companies[0] : undefined;
}
