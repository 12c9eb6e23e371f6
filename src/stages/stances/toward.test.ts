import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testReadout } from '../../testing/readout.js';

/** Stances toward actors as "holder polarity target rule", for text with optional marked names. */
function toward(text: string, marked: string[] = []) {
  const names = marked.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  return testReadout().code({ text, date: '2019-11-20', names }).stances
    .filter((s) => s.target)
    .map((s) => `${s.holder.name} ${s.polarity} ${s.target!.name} ${s.rule}`);
}

test('a verb gives its subject a polarity toward its object, and a passive toward its subject', () => {
  assert.deepEqual(toward('Germany praised France.'), ['Germany support France stance.actor.verb.support']);
  assert.deepEqual(toward('France was sharply criticized by Germany on Monday.'), ['Germany oppose France stance.actor.verb.passive.oppose']);
  assert.deepEqual(toward('Germany lashed out at France.'), ['Germany oppose France stance.actor.verb.oppose']);
});

test('an actor that only modifies the object, or starts a clause of its own, is not the target', () => {
  assert.deepEqual(toward('Germany welcomed a Russian proposal.'), []);
  // The author of an act is what the act is held against.
  assert.deepEqual(toward('Germany condemned the Russian invasion.'), ['Germany oppose Russia stance.actor.verb.oppose']);
  assert.deepEqual(toward('Germany attacked the plan, and France rejected it.'), []);
});

test('action nouns read their holder from a possessor, "by" or "from", or the verb they are the object of', () => {
  assert.deepEqual(toward("Germany's criticism of France grew."), ['Germany oppose France stance.actor.noun.possessor.oppose']);
  assert.deepEqual(toward('France came under fire from Germany.'), ['Germany oppose France stance.actor.noun.from.subject.oppose']);
  assert.deepEqual(toward('Germany voiced strong support for France.'), ['Germany support France stance.actor.noun.subject.support']);
});

test('agent nouns and adjective phrases: "X, a critic of Y", "X is critical of Y"', () => {
  assert.deepEqual(toward('Hallbeck, a longtime critic of Varnes, spoke first.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes stance.actor.agent.apposition.oppose']);
  assert.deepEqual(toward('Germany has been highly critical of France.'), ['Germany oppose France stance.actor.adjective.oppose']);
});

test('negation flips a cue; a hypothetical cue records nothing unless it is a refusal', () => {
  assert.deepEqual(toward('Germany did not endorse France.'), ['Germany oppose France stance.actor.verb.support.negated']);
  assert.deepEqual(toward('Germany would support France if asked.'), []);
  assert.deepEqual(toward('Germany would never support France.'), ['Germany oppose France stance.actor.verb.support.negated']);
});

test('the speaker of a quotation judging an actor holds that polarity toward it', () => {
  assert.deepEqual(toward('"France is a reliable partner," Merkel said.'), ['Angela Merkel support France stance.actor.quote.support']);
  assert.deepEqual(toward('"The Iranian plan poses grave risks," Merkel said.'), ['Angela Merkel oppose Iran stance.actor.quote.oppose']);
  // An admonition is no judgement: a negated negative word after "should" is not praise.
  assert.deepEqual(toward('"France should not make any wrong judgements," Merkel said.'), []);
});

test('first-person pronouns in a quotation stand for its speaker', () => {
  assert.deepEqual(toward('"We strongly support France," Merkel said.'), ['Angela Merkel support France stance.actor.verb.support']);
});

test('a participle with its agent, an indirect object, and an institution named by its actor', () => {
  assert.deepEqual(toward('Hallbeck, criticized sharply by Varnes, resigned.', ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck stance.actor.verb.participle.oppose']);
  assert.deepEqual(toward('Germany offered France its full support.'), ['Germany support France stance.actor.noun.possessor.subject.support']);
  assert.deepEqual(toward('Germany condemned the Russian government.'), ['Germany oppose Russian government stance.actor.verb.oppose']);
});

test('coordinated holders and targets each get the stance; a time phrase may separate subject and verb', () => {
  assert.deepEqual(toward('Germany and France condemned Iran.'), ['Germany oppose Iran stance.actor.verb.oppose', 'France oppose Iran stance.actor.verb.oppose']);
  assert.deepEqual(toward('Merkel on Saturday afternoon thanked France.'), ['Angela Merkel support France stance.actor.verb.support']);
});

test('verbs of judging with a verdict: "X called Y a liar", "Y was branded unfit by X"', () => {
  assert.deepEqual(toward('Hallbeck called Varnes a liar on Monday.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes stance.actor.judged.oppose']);
  assert.deepEqual(toward("Hallbeck described Varnes's answer as “unacceptable.”", ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes stance.actor.judged.oppose']);
  assert.deepEqual(toward('Varnes was branded unfit by Hallbeck.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes stance.actor.judged.passive.oppose']);
  // "called on Y to resign" is a demand (see demands.ts), not a verdict.
  assert.deepEqual(toward('Hallbeck called on Varnes to resign.', ['Hallbeck', 'Varnes']).filter((s) => s.includes('judged')), []);
});

test('the name a title introduces is the target, and the organisation a titled holder speaks for holds the stance too', () => {
  assert.deepEqual(toward('Germany praised former NATO chief Tomas Varnes.', ['Tomas Varnes']), ['Germany support Tomas Varnes stance.actor.verb.support']);
  assert.deepEqual(toward('Greenpeace spokesman Eli Hallbeck praised France.', ['Greenpeace', 'Eli Hallbeck']).sort(),
    ['Eli Hallbeck support France stance.actor.verb.support', 'Greenpeace support France stance.actor.verb.support']);
});

test('objects restated by an apposition or named in "what … as"; titled conjuncts in the subject', () => {
  assert.deepEqual(toward('Germany attacked its old rival, France, on Monday.'), ['Germany oppose France stance.actor.verb.oppose']);
  assert.deepEqual(toward('Germany attacked what it called France’s cynical plan.'), ['Germany oppose France stance.actor.verb.oppose']);
  assert.deepEqual(toward('On Sunday, singer Eli Hallbeck, actress Ana Varnes and other speakers sharply attacked Germany.', ['Eli Hallbeck', 'Ana Varnes']).sort(),
    ['Ana Varnes oppose Germany stance.actor.verb.oppose', 'Eli Hallbeck oppose Germany stance.actor.verb.oppose']);
});

test('a participle or infinitive is done by its controller: the clause subject, or the object before "to"', () => {
  assert.deepEqual(toward('Germany issued a statement criticizing France.'), ['Germany oppose France stance.actor.verb.controlled.oppose']);
  assert.deepEqual(toward('Germany urged Italy to condemn France.'), ['Italy oppose France stance.actor.verb.controlled.oppose']);
});

test('a long apposition does not hide the subject; a titled name in an apposition brings its organisation', () => {
  assert.deepEqual(toward('Germany, a country that borders Austria, praised Italy.'), ['Germany support Italy stance.actor.verb.support']);
  assert.deepEqual(toward('Eli Hallbeck, director of the Varnes Institute, praised Germany.', ['Eli Hallbeck', 'Varnes Institute']).sort(),
    ['Eli Hallbeck support Germany stance.actor.verb.support', 'Varnes Institute support Germany stance.actor.verb.support']);
});

test('quotations without their opening mark, appositions and opinion verbs before the judged subject, reported misdeeds, the speaker\'s organisation', () => {
  assert.deepEqual(toward('France is a reliable partner, said Greenpeace spokesman Eli Hallbeck.', ['Greenpeace', 'Eli Hallbeck']).sort(),
    ['Eli Hallbeck support France stance.actor.quote.support', 'Greenpeace support France stance.actor.quote.support']);
  assert.deepEqual(toward('"Varnes, the new chairman, is a disgrace," Hallbeck said.', ['Varnes', 'Hallbeck']), ['Hallbeck oppose Varnes stance.actor.quote.oppose']);
  assert.deepEqual(toward('"I think the future of France will be very healthy," Hallbeck said.', ['Hallbeck']), ['Hallbeck support France stance.actor.quote.support']);
  assert.deepEqual(toward('Hallbeck said Varnes had lied to voters.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes stance.actor.quote.oppose']);
});

test('nouns at the receiving end, measured out, or owned by the subject; a negated attack is no support', () => {
  assert.deepEqual(toward('Varnes won the backing of Hallbeck.', ['Varnes', 'Hallbeck']), ['Hallbeck support Varnes stance.actor.noun.of.subject.support']);
  assert.deepEqual(toward('Hallbeck placed a heap of blame on Varnes.', ['Varnes', 'Hallbeck']), ['Hallbeck oppose Varnes stance.actor.noun.subject.oppose']);
  assert.deepEqual(toward('Hallbeck expressed his support for Varnes.', ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.noun.possessor.subject.support']);
  assert.deepEqual(toward('Germany did not criticize France.'), []);
});

test('without a parse, the nearest actor before the verb holds a stance toward the actor its object names', () => {
  // "Varnes’s judgment, pillorying" reads like a subject and its verb, so the object is lost.
  assert.ok(toward('Germany has criticized Varnes’s judgment, pillorying him for his vote.', ['Varnes']).includes('Germany oppose Varnes stance.actor.verb.nearby.oppose'));
  assert.deepEqual(toward('Germany welcomed a Russian proposal.'), []);
});

test('the nearby fallback: no holder governed by a preposition, no target that is a clause subject', () => {
  assert.deepEqual(toward('Jane Roe, who wrote for Agence France-Presse among other outlets, openly supported independence for South Yemen.', ['Jane Roe']),
    ['Jane Roe support Yemen stance.actor.verb.support']);
  assert.deepEqual(toward('Germany, in a statement, recommended the United States troops leave Iraq.'), []);
});

test('a gerund after "by" is the subject\'s own act; new stance verbs of conflict and cooperation', () => {
  assert.ok(toward('Mara Olsen responded by attacking Peter Quill.', ['Mara Olsen', 'Peter Quill']).includes('Mara Olsen oppose Peter Quill stance.actor.verb.complement.oppose'));
  assert.ok(toward('Mara Olsen scoffed at Peter Quill.', ['Mara Olsen', 'Peter Quill']).some((s) => s.startsWith('Mara Olsen oppose Peter Quill')));
  assert.ok(toward('Mara Olsen defeated Peter Quill.', ['Mara Olsen', 'Peter Quill']).some((s) => s.startsWith('Mara Olsen oppose Peter Quill')));
  assert.ok(toward('Mara Olsen spoke highly of Peter Quill.', ['Mara Olsen', 'Peter Quill']).some((s) => s.startsWith('Mara Olsen support Peter Quill')));
});

test('a quotation does not judge the speaker\'s own country, its name, nor the victim of the act it judges', () => {
  assert.deepEqual(toward('"Iran deeply regrets this disastrous mistake," said Iranian President Hassan Rouhani.'), []);
  assert.deepEqual(toward('"The Georgian Tennis Federation has always condemned violence," the Georgian Tennis Federation said.'), []);
  assert.deepEqual(toward('"The murder of Jane Roe is a disgrace," Germany said.', ['Jane Roe']), []);
  assert.deepEqual(toward('"Jane Roe is a disgrace," Germany said.', ['Jane Roe']), ['Germany oppose Jane Roe stance.actor.quote.oppose']);
});

test('an agent-noun title is owned by the possessive before it, and winning is no support', () => {
  assert.deepEqual(toward("Jane Roe's 2008 Senate opponent Mary Smith spoke.", ['Jane Roe', 'Mary Smith']), ['Mary Smith oppose Jane Roe stance.actor.agent.title.oppose']);
  assert.deepEqual(toward('Jones stayed with the Lakers, becoming an NBA champion.', ['Jones']), []);
});

test('a holder that reports another named actor\'s act does not hold the stance itself', () => {
  assert.deepEqual(toward('The Daily Courier reported Jane Roe, the prime minister, praised France.', ['The Daily Courier', 'Jane Roe']),
    ['Jane Roe support France stance.actor.verb.support']);
  assert.deepEqual(toward('Germany said it was proud to endorse France.'), ['Germany support France stance.actor.verb.controlled.support']);
});

test('holders and targets across parentheses, participles after a group noun, and "as one of Y\'s supporters"', () => {
  assert.deepEqual(toward('Senator Eli Hallbeck (R-Ohio) and Rep. Ana Varnes (D-Iowa) sharply criticized Germany.', ['Eli Hallbeck', 'Ana Varnes']).sort(),
    ['Ana Varnes oppose Germany stance.actor.verb.oppose', 'Eli Hallbeck oppose Germany stance.actor.verb.oppose']);
  assert.deepEqual(toward('The aid goes to Kurdish fighters deemed reliable by Germany.'), ['Germany support Kurdish stance.actor.judged.passive.support']);
  assert.deepEqual(toward('Hallbeck has emerged as one of Varnes’s staunchest supporters.', ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.agent.as.support']);
  assert.deepEqual(toward("Germany's visit was a show of support for France."), ['Germany support France stance.actor.noun.copula.support']);
  // A nation qualifying the subject shows the support; a place does not make an attacker.
  assert.deepEqual(toward('The German cultural troupe was a show of support for France.'), ['Germany support France stance.actor.noun.copula.support']);
  assert.deepEqual(toward('The Berlin shooting was an attack on France.'), []);
});

test('"blamed on Y", coordinated objects, conduct nouns, a postmodifying adjective and negation of another verb', () => {
  assert.deepEqual(toward('The blast, which Germany blamed on Kurdish militants, shook the city.'), ['Germany oppose Kurdish stance.actor.verb.oppose']);
  assert.deepEqual(toward('Germany targeted ports and Turkish officials.'), ['Germany oppose Turkish officials stance.actor.verb.oppose']);
  assert.deepEqual(toward('Germany criticized the Turkish behavior at sea.'), ['Germany oppose Turkey stance.actor.verb.oppose']);
  assert.deepEqual(toward('Germany bombed depots and forces loyal to France.'), []);
  assert.deepEqual(toward('Germany did not rule out supporting France.'), ['Germany support France stance.actor.verb.support']);
});

test('views reported with verbs of asserting, and predictions in quotations, judge their subject', () => {
  assert.deepEqual(toward('Hallbeck alleged that Varnes is guilty of fraud.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes stance.actor.quote.oppose']);
  assert.deepEqual(toward('Arguing that Varnes was dishonest, Hallbeck left the room.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes stance.actor.quote.oppose']);
  assert.deepEqual(toward('"A Varnes victory would be a disaster," Hallbeck said.', ['Hallbeck', 'Varnes']), ['Hallbeck oppose Varnes stance.actor.quote.oppose']);
  assert.deepEqual(toward('"Varnes should be careful," Hallbeck said.', ['Hallbeck', 'Varnes']), []);
});

test('a relative clause of a noun that names no actor is not done by an actor further away', () => {
  assert.deepEqual(toward('The crash in Germany that killed Varnes was investigated.', ['Varnes']), []);
  assert.deepEqual(toward('Hallbeck, who supported Varnes, spoke first.', ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.verb.support']);
});

test('a marked organisation named only as a modifier holds its officials\' stances', () => {
  assert.deepEqual(toward('The Senate speaker endorsed Smith for governor.', ['Senate', 'Smith']), ['Senate support Smith stance.actor.verb.support']);
});

test('what an actor is accused or praised for is not the accuser\'s stance', () => {
  const all = (text: string) => testReadout().code({ text, date: '2019-11-20' }).stances.map((s) => `${s.holder.name} ${s.polarity} ${s.target?.name ?? s.issue}`);
  assert.deepEqual(all('Germany accused Russia of stealing votes, and supporting rebels.').filter((s) => s.includes('rebels')), []);
  assert.ok(!toward('Germany accused Russia of stealing votes, and supporting France.').some((s) => s.startsWith('Germany support')));
  assert.ok(toward('Germany criticized Russia for ignoring the law and attacking France.').includes('Russia oppose France stance.actor.verb.complement.oppose'));
});

test('"take on" is opposition, and a warning to an addressee states the speaker\'s view', () => {
  assert.deepEqual(toward('Germany took on France over the tariffs.'), ['Germany oppose France stance.actor.verb.oppose']);
  assert.ok(toward('Germany lobbied hard, warning European lawmakers in a speech last month that France cannot be trusted.').some((s) => s.startsWith('Germany oppose France')));
});

test('a verb the tagger reads as a plural noun still heads a clause with its subject', () => {
  assert.ok(toward('Hallbeck ducks and dives, blustering loudly and attacking Germany.', ['Hallbeck']).includes('Hallbeck oppose Germany stance.actor.verb.controlled.oppose'));
});

test('a verb of feeling puts the attitude in its object: "X angered Y", "Y was impressed by X"', () => {
  assert.deepEqual(toward('The remarks by Hallbeck angered Varnes.', ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck stance.actor.verb.experiencer.oppose']);
  assert.deepEqual(toward('France was deeply angered by Germany.'), ['France oppose Germany stance.actor.verb.passive.experiencer.oppose']);
  assert.deepEqual(toward('Germany impressed France.'), ['France support Germany stance.actor.verb.experiencer.support']);
});

test('an agent modified by an actor gives way to the name restating it', () => {
  assert.deepEqual(toward('Velmar Bank was criticized by French regulatory agency - the Brelon Authority - in May.', ['Velmar Bank', 'Brelon Authority']),
    ['Brelon Authority oppose Velmar Bank stance.actor.verb.passive.oppose']);
  assert.deepEqual(toward('Velmar Bank was criticized by French regulatory agencies in May.', ['Velmar Bank']), ['France oppose Velmar Bank stance.actor.verb.passive.oppose']);
});

test('nouns of conflict and disappointment, a noun in scare quotes, a coordinated agent noun', () => {
  assert.deepEqual(toward('Varnes is embroiled in a bitter row with Hallbeck.', ['Hallbeck', 'Varnes']), ['Varnes oppose Hallbeck stance.actor.noun.subject.oppose']);
  assert.deepEqual(toward('Germany expressed disappointment with France.'), ['Germany oppose France stance.actor.noun.subject.oppose']);
  assert.deepEqual(toward('Germany sent a "message of solidarity" to France.'), ['Germany support France stance.actor.noun.subject.support']);
  assert.deepEqual(toward('Hallbeck, a farmer and Varnes supporter, spoke first.', ['Hallbeck', 'Varnes']), ['Hallbeck support Varnes stance.actor.agent.apposition.support']);
});

test('the longest cue wins, a judging verb does not receive the act it judges, "in support of" qualifies the clause', () => {
  assert.deepEqual(toward('Germany is opposed to France.'), ['Germany oppose France stance.actor.adjective.oppose']);
  assert.deepEqual(toward("Germany condemned France's attacks."), ['Germany oppose France stance.actor.verb.oppose']);
  assert.deepEqual(toward("Germany ignored France's attacks."), ['France oppose Germany stance.actor.noun.possessor.subject.oppose']);
  assert.deepEqual(toward('Germany held a rally in support of France on Monday.'), ['Germany support France stance.actor.noun.subject.support']);
});

test('the owner of a noun does what its infinitive says: "Russia\'s attempt to undermine Y"', () => {
  assert.deepEqual(toward("Russia's attempt to undermine Germany in Europe failed."), ['Russia oppose Germany stance.actor.verb.controlled.oppose']);
  assert.deepEqual(toward('The attempt to undermine Germany in Europe failed.'), []);
});

test('an agent noun the actor stage folded into a mention still gives its holder a stance toward the country named', () => {
  const issues = (text: string) => testReadout().code({ text, date: '2019-11-20' }).stances.filter((s) => !s.target).map((s) => `${s.holder.name} ${s.polarity} ${s.issue}`);
  assert.deepEqual(issues('Germany was a critic of France.'), ['Germany oppose France']);
  assert.deepEqual(issues("Britain has been one of Russia's strongest critics."), ['United Kingdom oppose Russia']);
  assert.deepEqual(issues('Germany is not a critic of France.'), []);
});

test('a nationality adjective before a private person does not make the country hold the stance', () => {
  const holders = (text: string) => testReadout().code({ text, date: '2019-11-20' }).stances.map((s) => s.holder.name);
  assert.ok(!holders('The French film star Jeanne Morel has urged voters not to back Germany.').includes('France'));
});

test('a verb form read as a noun after "for" does not make the subject hold an action noun', () => {
  assert.deepEqual(toward('Russia did not respond to a request for comment on the criticism of Germany.'), []);
});

test('an infinitive after "it" and an adjective has no doer to hold the stance', () => {
  assert.deepEqual(toward('Germany said the decision makes it extremely difficult to support France.'), []);
  assert.deepEqual(toward('Germany is ready to support France.'), ['Germany support France stance.actor.verb.support']);
});
