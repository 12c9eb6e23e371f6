/**
 * The syntactic roles of a sentiment cue: who holds the attitude and toward whom, read from
 * subjects, objects, passives, possessors, appositions and prepositions around the cue.
 */
import type { Mention } from '../../doc/types.js';
import { firstAfter, isNegated, isPassive, isSubject, type Clause } from '../../nlp/syntax.js';
import { isCapitalised, isQuoteToken, POS, POSSESSIVE_PRONOUNS, tokenText } from '../../nlp/tokens.js';
import { endingAt, isPossessiveMark, participleHead, startingAt, titledName } from './mentions.js';
import { amongRoles } from './inverted.js';
import { accusedInClause, AGENTIVE, MEASURES, measureRoles, verbBefore } from './clauses.js';
import { adverbialVerb, appositiveObject, complementedObject, isGradual, restated, unnamedMemberOf } from './phrases.js';
import { controllerOf, isImpersonalInfinitive, subjectOf } from './subjects.js';
import type { CompiledSentiment } from './toward.js';

export type Roles = { holder: Mention; target: Mention; rule: string } | null;


/** "X praised Y"; "Y was praised by X". */
export function verbRoles(c: Clause, i: number, n: number, lex: CompiledSentiment): Roles {
  const t = c.doc.tokens!;
  const after = i + n;
  // "criticized X for attacking Y": the doer is the object before the preposition, not the
  // clause subject; "accused of helping Y", "known for praising Y" name no doer.
  // "criticized X for attacking Y and insulting Z": a chained gerund shares the first one's
  // doer; what X is accused of ("accused X of …, and supporting Z") is nobody's stance.
  const chained = chainedGerund(c, i);
  if (chained >= 0 && t.lemma[chained] === 'of' && endingAt(c, chained)) return null;
  const prep = ['of', 'for', 'about', 'by'].includes(t.lemma[i - 1]) ? i - 1 : chained;
  if (prep >= 0) {
    // "Sen. Ted Cruz (R-Tex.) for attacking Y": a parenthesis may follow the doer.
    let end = prep;
    if (tokenText(c.doc, end - 1) === ')') {
      let open = end - 2;
      while (open > c.lo && end - open < 8 && tokenText(c.doc, open) !== '(') open--;
      if (tokenText(c.doc, open) === '(') end = open;
    }
    // "X insisted on backing Y", "X bragged about voting for Y": the doer of the verb before the
    // preposition does this one too (not of a passive: "X was accused of helping Y").
    const governor = t.pos[end - 1] === POS.VERB && !isPassive(c, end - 1) && t.lemma[prep] !== 'by' ? end - 1 : -1;
    // "X answered a minute later by beating Y": "by" and a gerund give the means of the verb before.
    const means = governor < 0 && t.lemma[prep] === 'by' && /ing$/.test(t.lower[i]) ? verbBefore(c, end) : -1;
    const doer = endingAt(c, end) ?? (Math.max(governor, means) >= 0 ? controllerOf(c, Math.max(governor, means)) ?? subjectOf(c, Math.max(governor, means)) : null);
    const target = doer ? objectAfter(c, after, lex) : null;
    return doer && target ? { holder: doer, target, rule: 'verb.complement' } : null;
  }
  if (isPassive(c, i)) {
    const target = subjectOf(c, i);
    let by = after;
    while (by < Math.min(c.hi, after + 3) && t.lemma[by] !== 'by') by++;
    const holder = t.lemma[by] === 'by' ? restated(c, firstAfter(c, by + 1, 4), lex) : null;
    return target && holder ? { holder, target, rule: 'verb.passive' } : null;
  }
  // "the Smiths, criticized sharply by Jones": a participle with its agent.
  let by = after;
  while (by < c.hi && by - after < 2 && t.pos[by] === POS.ADV) by++;
  if (t.lemma[by] === 'by' && /(ed|en)$/.test(tokenText(c.doc, i))) {
    const holder = restated(c, firstAfter(c, by + 1, 5), lex);
    const target = participleHead(c, i);
    return holder && target ? { holder, target, rule: 'verb.participle' } : null;
  }
  if (isImpersonalInfinitive(c, i)) return null;
  const controller = controllerOf(c, i);
  const unowned = !controller && unownedClause(c, i);
  if (unowned) return amongRoles(c, i, n);
  const holder = controller ?? subjectOf(c, i);
  if (holder && reportsBetween(c, holder, i)) return null;
  // "the attack, which Y blamed on X": the one blamed follows "on".
  const blamedOn = t.lemma[i] === 'blame' && t.lemma[after] === 'on' ? objectAfter(c, after + 1, lex) : null;
  let target = blamedOn ?? objectAfter(c, after, lex) ?? describedObject(c, after, lex) ?? appositiveObject(c, after) ?? unnamedMemberOf(c, after) ??
    complementedObject(c, i, after) ?? (holder ? relativeObject(c, holder) : null);
  // "attacked its old rival, France": the holder's own possessive leaves the object to the name restating it.
  if (holder && target && target.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(t.lower[target.tokStart]) && target.entity === holder.entity) target = appositiveObject(c, after);
  return holder && target ? { holder, target, rule: controller ? 'verb.controlled' : 'verb' } : null;
}

/**
 * "accused X of repressing dissent, and supporting Y": a gerund coordinated with one after a
 * preposition shares its complement's doer; returns that preposition, else -1.
 */
export function chainedGerund(c: Clause, i: number): number {
  const t = c.doc.tokens!;
  const gerund = (k: number) => t.pos[k] === POS.VERB && /ing$/.test(t.lower[k]);
  if (!gerund(i) || !(t.lemma[i - 1] === 'and' || t.lemma[i - 1] === 'or' || tokenText(c.doc, i - 1) === ',')) return -1;
  for (let k = i - 2; k > c.lo && i - k <= 15; k--) {
    // Another clause (a finite verb, an auxiliary) ends the chain.
    if (t.pos[k] === POS.AUX || (t.pos[k] === POS.VERB && !gerund(k)) || tokenText(c.doc, k) === ';') return -1;
    // The tagger often reads the first gerund after "of" as a noun.
    if (/ing$/.test(t.lower[k]) && (gerund(k) || t.pos[k] === POS.NOUN) && ['of', 'for', 'about'].includes(t.lemma[k - 1])) return k - 1;
  }
  return -1;
}

/**
 * "a super PAC that supported Y", "the crash in Russia that killed Y": the relative clause
 * belongs to a noun that is no actor, so no subject found further away does it.
 */
function unownedClause(c: Clause, i: number): boolean {
  const t = c.doc.tokens!;
  let k = i - 1;
  while (k > c.lo && (t.pos[k] === POS.ADV || t.pos[k] === POS.AUX)) k--;
  const head = ['that', 'which'].includes(t.lemma[k]) ? k - 1 : -1;
  if (head <= c.lo) return false;
  // "the plane crash in Russia that killed him": the clause belongs to the noun the place follows.
  const m = endingAt(c, head + 1);
  if (m) return m.tokStart - 2 >= c.lo && t.pos[m.tokStart - 1] === POS.ADP && t.lemma[m.tokStart - 1] !== 'of' && t.pos[m.tokStart - 2] === POS.NOUN;
  return t.pos[head] === POS.NOUN || t.pos[head] === POS.PROPN;
}

/** "Y, whom X praised": the antecedent of a relative pronoun before the subject is the object. */
function relativeObject(c: Clause, subject: Mention): Mention | null {
  const t = c.doc.tokens!;
  const k = subject.tokStart - 1;
  if (k <= c.lo || !['whom', 'who', 'that'].includes(t.lemma[k])) return null;
  return endingAt(c, tokenText(c.doc, k - 1) === ',' ? k - 1 : k);
}

/** Verbs that report what someone else did or said. */
const REPORTING = new Set(['say', 'report', 'state', 'tell', 'claim', 'write', 'announce', 'note', 'add', 'allege', 'reveal', 'learn']);

/**
 * "NPR reported X, the caretaker prime minister, recommended Y": a holder followed by a verb
 * of reporting and another named actor reports what that actor did ("X said she was proud to
 * endorse Y" is still X's stance).
 */
function reportsBetween(c: Clause, holder: Mention, i: number): boolean {
  const t = c.doc.tokens!;
  for (let k = holder.tokEnd; k < i; k++) {
    if (t.pos[k] !== POS.VERB || !REPORTING.has(t.lemma[k])) continue;
    let next = k + 1;
    while (next < i && (t.lemma[next] === 'that' || t.pos[next] === POS.DET)) next++;
    const reported = startingAt(c, next);
    return reported !== null && reported.kind !== 'pronoun' && reported.entity !== holder.entity;
  }
  return false;
}

/** "attacked what she called Y's cynical motives": the object named inside a "what … as" phrase. */
function describedObject(c: Clause, from: number, lex: CompiledSentiment): Mention | null {
  const t = c.doc.tokens!;
  if (t.lemma[from] !== 'what') return null;
  for (let k = from + 1; k < c.hi && k - from <= 5; k++) {
    if (t.lemma[k] === 'as') return objectAfter(c, k + 1, lex, 3);
    // "what it called Y's plan": the verb's own object.
    if (t.pos[k - 1] === POS.VERB && t.pos[k] !== POS.ADV) return objectAfter(c, k, lex, 3);
    if (t.pos[k] !== POS.PRON && t.pos[k] !== POS.VERB && t.pos[k] !== POS.AUX && t.pos[k] !== POS.ADV) return null;
  }
  return null;
}

/**
 * The actor heading the object that starts at token `from`: "praised Mr. Smith",
 * "criticized President Trump's remarks", "the leadership of Y"; not an actor modifying
 * another noun ("a Palestinian state") nor the subject of a clause of its own.
 */
export function objectAfter(c: Clause, from: number, lex: CompiledSentiment, limit = 4): Mention | null {
  const { preps, heads } = lex;
  const t = c.doc.tokens!;
  const open = new Set([POS.DET, POS.ADJ, POS.ADV, POS.NUM, POS.PROPN, POS.NOUN]);
  // After a preposition the actor cannot be a subject: "criticism of France grew".
  let governed = from > c.lo && t.pos[from - 1] === POS.ADP;
  for (let k = from; k < c.hi && k - from <= limit; k++) {
    let m = startingAt(c, k);
    // "former army chief John Smith": the name after the title heads the phrase.
    if (m) m = titledName(c, m);
    if (m && ((isModifier(c, m, heads) && !isActAuthor(c, m, lex)) || (!governed && isSubject(c, m)))) return null;
    // "endorsed Sanders' rival, Hillary Clinton": the name restating the owned noun is the object.
    if (m) return (isPossessiveMark(c, m.tokEnd) ? appositiveObject(c, m.tokEnd) : null) ?? m;
    if (t.pos[k] === POS.ADP) governed = true;
    // "targeted Dalits and Muslims": an actor coordinated with a plain noun is an object too.
    if (t.lemma[k] === 'and' && (t.pos[k - 1] === POS.NOUN || t.pos[k - 1] === POS.PROPN) && startingAt(c, k + 1)) continue;
    if (!open.has(t.pos[k]) && tokenText(c.doc, k) !== '.' && !(t.pos[k] === POS.ADP && preps.has(t.lemma[k]))) return null;
  }
  return null;
}

/** Nouns of what an actor does or says: "the IRS behavior", "the Obama remarks" stand for the actor's doing. */
const CONDUCT = new Set(['behavior', 'behaviour', 'conduct', 'action', 'handling', 'response', 'remark', 'comment', 'statement', 'record', 'tactic', 'rhetoric', 'leadership', 'tweet', 'speech', 'ruling', 'decision', 'policy', 'move']);

/**
 * "a North Korean torpedo attack", "the Russian invasion": an actor modifying an act noun is
 * its author; so is one modifying a noun of conduct ("criticism of IRS behavior").
 */
function isActAuthor(c: Clause, m: Mention, lex: CompiledSentiment): boolean {
  const t = c.doc.tokens!;
  let k = m.tokEnd;
  while (k < c.hi && k - m.tokEnd < 3 && t.pos[k + 1] === POS.NOUN) k++;
  // "the Iran sanctions" fall on Iran: a measure is no act of its modifier.
  return t.pos[k] === POS.NOUN && !MEASURES.has(t.lemma[k]) && (CONDUCT.has(t.lemma[k]) || (lex.byFirst.get(t.lemma[k]) ?? []).some((q) => q.kind === 'noun' && q.words.length === 1));
}

/**
 * "a Palestinian state", "the U.S. imposition": the actor qualifies a common noun, unless
 * the noun still names the actor ("the Obama administration", "Israeli officials").
 */
export function isModifier(c: Clause, m: Mention, heads: Set<string>): boolean {
  const k = m.tokEnd;
  const t = c.doc.tokens!;
  return k < c.hi && t.pos[k] === POS.NOUN && !isCapitalised(c.doc, k) && !heads.has(t.lemma[k]);
}

/** "would support", "whether they back": a stance only entertained. */
export function isHypothetical(c: Clause, i: number, words: Set<string>): boolean {
  const t = c.doc.tokens!;
  for (let k = Math.max(c.lo, i - 4); k < i; k++) if (words.has(t.lemma[k])) return true;
  return false;
}

/**
 * The actor owning a noun phrase that ends before token i: "X's harsh criticism",
 * "the European criticisms", "his praise", "his dedication and love".
 */
export function possessorBefore(c: Clause, i: number): Mention | null {
  const t = c.doc.tokens!;
  let k = i - 1;
  while (k >= c.lo && (t.pos[k] === POS.ADJ || t.pos[k] === POS.ADV)) k--;
  // "his dedication and love for Y": coordinated nouns share the owner.
  if (k > c.lo && t.lemma[k] === 'and' && t.pos[k - 1] === POS.NOUN) for (k -= 2; k >= c.lo && (t.pos[k] === POS.ADJ || t.pos[k] === POS.ADV);) k--;
  if (k >= c.lo && isPossessiveMark(c, k)) k--;
  // "X, whose support for Y": the relative owner stands for the name before it.
  if (k > c.lo && t.lemma[k] === 'whose') return endingAt(c, tokenText(c.doc, k - 1) === ',' ? k - 1 : k);
  // "Obama’s ’ criticism": a stray quotation mark doubles the possessive.
  if (k > c.lo && isPossessiveMark(c, k) && isQuoteToken(c.doc, k + 1)) k--;
  return endingAt(c, k + 1);
}

/** "X's criticism of Y", "criticism of Y by X", "Y drew criticism from X", "X voiced support for Y". */
export function nounRoles(c: Clause, i: number, n: number, lex: CompiledSentiment): Roles {
  const t = c.doc.tokens!;
  // 'a "message of greeting" to Y': scare quotes around the noun phrase.
  const after = isQuoteToken(c.doc, i + n) ? i + n + 1 : i + n;
  // "support and solidarity to Y": a coordinated noun shares the preposition.
  const prep = t.lemma[after] === 'and' && t.pos[after + 1] === POS.NOUN && lex.preps.has(t.lemma[after + 2]) ? after + 2 : after;
  const hasPrep = lex.preps.has(t.lemma[prep]);
  let target = hasPrep ? objectAfter(c, prep + 1, lex, 3) ?? appositiveObject(c, prep + 1) : null;
  // "The criticisms are increasingly aimed at Y".
  for (let k = after; !target && k < Math.min(c.hi, after + 5); k++) {
    if (lex.aim.has(t.lemma[k]) && (t.lemma[k + 1] === 'at' || t.lemma[k + 1] === 'against')) target = objectAfter(c, k + 2, lex, 2);
  }
  target ??= n === 1 ? accusedInClause(c, i) : null;
  const measure = !target && n === 1 ? measureRoles(c, i) : null;
  if (measure) target = measure.target;
  // "Smith's arrest by Jones": the owner of an act suffered is its target.
  const suffered = !target && !measure && n === 1 && lex.victim.has(t.lemma[i]) ? possessorBefore(c, i) : null;
  if (suffered) target = suffered;
  let holder = measure ? measure.owner : suffered ? null : possessorBefore(c, i);
  let rule = 'noun.possessor';
  if (!holder) {
    for (let k = after; k < Math.min(c.hi, after + 8); k++) {
      if (t.lemma[k] !== 'by' && t.lemma[k] !== 'from') continue;
      holder = firstAfter(c, k + 1, 5);
      rule = `noun.${t.lemma[k]}`;
      // "the endorsement by X of Y", "accusations by X against Y": the target may follow the holder.
      if (holder && !target && lex.preps.has(t.lemma[holder.tokEnd])) target = objectAfter(c, holder.tokEnd + 1, lex, 3);
      break;
    }
  }
  if (suffered) return holder && holder.entity !== suffered.entity && rule === 'noun.by' ? { holder, target: suffered, rule: 'noun.suffered' } : null;
  // "X expressed his support for Y": the owner pronoun is the subject of the expressing verb.
  const ownPronoun = holder !== null && holder.kind === 'pronoun' && rule === 'noun.possessor';
  if (holder && target && !ownPronoun) return { holder, target, rule };
  // The verb the noun is the object of: "voiced criticism", "came under fire", "ignored Trump's
  // attacks", "placed a heap of blame on Y".
  let k = i - 1;
  let indirect: Mention | null = null;
  for (; k >= c.lo; k--) {
    const quantity = (t.lemma[k] === 'of' && QUANTITIES.has(t.lemma[k - 1])) || (QUANTITIES.has(t.lemma[k]) && t.lemma[k + 1] === 'of');
    if (t.pos[k] === POS.DET || t.pos[k] === POS.ADJ || t.pos[k] === POS.ADV || isPossessiveMark(c, k) || POSSESSIVE_PRONOUNS.has(t.lemma[k]) || quantity || isQuoteToken(c.doc, k) || isGradual(c, k) ||
      (holder && k >= holder.tokStart && k < holder.tokEnd)) continue;
    // "offered Trump a tepid endorsement": an indirect object is the target.
    const m: Mention | null = (holder && !ownPronoun) || indirect ? null : endingAt(c, k + 1);
    if (!m || m.tokEnd - 1 !== k) break;
    indirect = m;
    k = m.tokStart;
  }
  target ??= indirect && t.pos[k] === POS.VERB ? indirect : null;
  // "came under fire", "responded to Trump's attacks": a preposition may stand between.
  const under = t.pos[k] === POS.ADP && t.pos[k - 1] === POS.VERB ? k - 1 : adverbialVerb(c, k) ?? k;
  // "impossible without the support of X": "of" names the holder of an adverbial noun.
  if ((t.lemma[k] === 'with' || t.lemma[k] === 'without') && t.lemma[prep] === 'of') return null;
  // "Y was under fire from X": the subject of "be" is at the receiving end.
  if (holder && !target && t.lemma[k] === 'under' && t.lemma[k - 1] === 'be') {
    const subject = subjectOf(c, k - 1);
    return subject && subject.entity !== holder.entity ? { holder, target: subject, rule: `${rule}.under` } : null;
  }
  // "The visit was a show of support for Y": the subject of "be" shows it.
  if (!holder && target && k >= c.lo && t.lemma[k] === 'be' && !isNegated(c, k + 1)) {
    const subject = subjectOf(c, k) ?? qualifierBefore(c, k);
    // "The Pulse shooting was an attack on Y" names a place, not the attacker.
    // "The Russian entourage was a show of support": a nation or body qualifying the subject shows it.
    // "X has been a great help to Y": auxiliaries and adverbs may stand between.
    let v = k;
    while (v > c.lo && (t.pos[v - 1] === POS.AUX || t.pos[v - 1] === POS.ADV)) v--;
    const named = subject && (subject.tokEnd === v || isPossessiveMark(c, subject.tokEnd) || isAuthorModifier(c, subject)) && subject.entity !== target.entity;
    return named ? { holder: subject, target, rule: 'noun.copula' } : null;
  }
  // "a request for comment on the criticism of Y": a bare verb form after "for", "of" or a determiner is a noun.
  const nominal = t.lower[under] === t.lemma[under] && (['for', 'of'].includes(t.lemma[under - 1]) || t.pos[under - 1] === POS.DET);
  // "X had high praise for Y": "have" tagged as an auxiliary is the main verb before a noun.
  const has = t.pos[under] === POS.AUX && t.lemma[under] === 'have';
  const verb = k >= c.lo && (t.pos[under] === POS.VERB || has) && !nominal;
  const subject = verb ? controllerOf(c, under) ?? subjectOf(c, under) : null;
  if (ownPronoun && target) {
    const own = subject && EXPRESS.has(t.lemma[under]) && subject.entity !== target.entity;
    return own ? { holder: subject, target, rule: 'noun.possessor.subject' } : { holder: holder!, target, rule };
  }
  if (!subject) return null;
  // "came out in support of Y": a verb an "in" phrase qualifies receives nothing.
  // "Y has the backing of X" receives it like "Y won the backing of X".
  const receives = (lex.receive.has(t.lemma[under]) || (has && t.lemma[prep] === 'of')) && !(t.lemma[k] === 'in' && under < k - 1);
  // "Y won the backing of X", "Y drew the ire of X": at the receiving end, "of" names the holder.
  if (!holder && target && receives && t.lemma[prep] === 'of' && !lex.victim.has(t.lemma[i]) && subject.entity !== target.entity) return { holder: target, target: subject, rule: 'noun.of.subject' };
  // "Y came under fire from X"; "Smith ignored Y's attacks": aimed at the subject. A bare
  // modifier is no owner here ("the Boston assault" happened in Boston).
  const owns = holder && (rule !== 'noun.possessor' || isPossessiveMark(c, holder.tokEnd) || holder.kind === 'pronoun');
  // "Smith condemned Y's attacks": a verb that itself judges the act does not receive it.
  const judges = !receives && (lex.byFirst.get(t.lemma[under]) ?? []).some((q) => q.kind === 'verb' && q.words.length === 1);
  // "came to Y's defense", "rushed to Y's aid": the owner of a rescue is its target.
  if (holder && owns && t.lemma[k] === 'to' && RESCUES.has(t.lemma[i]) && subject.entity !== holder.entity) return { holder: subject, target: holder, rule: 'noun.to.owner' };
  if (holder && owns && !hasPrep && !judges && subject.entity !== holder.entity) return { holder, target: subject, rule: `${rule}.subject` };
  // "X launched an attack on Y": the subject is the holder, unless it is at the receiving end.
  // "X imposed the Iran sanctions"; not "X criticized the Iran sanctions". "X ordered the
  // killing of Y"; not "X mourned the killing of Y": an act suffered is the subject's own only by a verb of doing it.
  const suffers = n === 1 && lex.victim.has(t.lemma[i]) && !AGENTIVE.has(t.lemma[under]);
  if (!holder && target && !receives && !(measure && judges) && !suffers) return { holder: subject, target, rule: 'noun.subject' };
  return null;
}

/** Nouns of help given, whose owner receives it: "came to Y's aid". */
const RESCUES = new Set(['defense', 'defence', 'aid', 'rescue', 'help', 'assistance', 'support', 'side']);

/** Bodies whose name before a noun makes it theirs. */
const AUTHORS = new Set(['organization', 'group', 'media']);

/**
 * "the Russian entourage", "the NATO mission": a nationality adjective or a body's name makes
 * the noun theirs; a place does not ("the Berlin shooting" happened in Berlin).
 */
function isAuthorModifier(c: Clause, m: Mention): boolean {
  const kind = m.entity >= 0 ? c.doc.entities![m.entity].kind : null;
  return m.kind === 'adjective' ? kind === 'country' : kind !== null && AUTHORS.has(kind);
}

/** "the Russian cultural entourage was": an actor qualifying the common noun before token k. */
function qualifierBefore(c: Clause, k: number): Mention | null {
  const t = c.doc.tokens!;
  let j = k - 1;
  while (j > c.lo && k - j <= 3 && (t.pos[j] === POS.NOUN || t.pos[j] === POS.ADJ) && !isCapitalised(c.doc, j)) j--;
  const m = j < k - 1 ? endingAt(c, j + 1) : null;
  return m && isAuthorModifier(c, m) ? m : null;
}

/** Nouns that measure out an attitude: "a heap of blame", "a barrage of criticism". */
const QUANTITIES = new Set(['heap', 'lot', 'barrage', 'torrent', 'wave', 'flurry', 'storm', 'stream', 'string', 'series', 'round', 'volley', 'chorus', 'outpouring', 'deluge', 'hail', 'avalanche', 'litany', 'share', 'measure', 'bit', 'ton', 'tons', 'lots', 'plenty', 'kind', 'sort', 'show', 'message', 'expression', 'word', 'words', 'pledge', 'vote', 'gesture', 'sign']);

/** Verbs by which a holder shows an attitude of its own: "voiced his support", "gave her backing". */
const EXPRESS = new Set(['express', 'voice', 'offer', 'give', 'lend', 'pledge', 'reiterate', 'reaffirm', 'declare', 'announce', 'show', 'signal', 'extend', 'state', 'throw', 'add', 'make', 'launch', 'level', 'step', 'renew', 'repeat', 'send', 'heap', 'pour', 'direct', 'aim', 'unleash', 'register', 'air']);
