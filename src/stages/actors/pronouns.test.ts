import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOf as refs } from '../../testing/readout.js';

test('a subject pronoun in a later clause continues its sentence\'s subject, not the object', () => {
  const [he] = refs('Greek Prime Minister Kyriakos Mitsotakis met President Donald Trump at the White House, where he denounced Turkey.', 'he');
  assert.equal(he?.name, 'Kyriakos Mitsotakis');
  assert.equal(he?.rule, 'actors.pronoun.subject');
});

test('a pronoun opening a sentence continues the previous subject over a person after "to" or "with"', () => {
  const [he] = refs('Russian President Vladimir Putin spoke to Donald Trump by phone. He said the talks were useful.', 'He');
  assert.equal(he?.name, 'Vladimir Putin');
  assert.equal(he?.rule, 'actors.pronoun.previous-subject');
});

test('an object pronoun is not its own clause\'s subject', () => {
  const [him] = refs('Donald Trump met Vladimir Putin in Helsinki. Later Donald Trump praised him.', 'him');
  assert.equal(him?.name, 'Vladimir Putin');
});

test('a pronoun inside a quote is not its speaker, named before the quote or after it', () => {
  const [he] = refs('Donald Trump visited Paris. Emmanuel Macron said: "I think he made a mistake."', 'he');
  assert.equal(he?.name, 'Donald Trump');
  const [after] = refs('Emmanuel Macron met Donald Trump. "He was rude," Macron said.', 'He');
  assert.equal(after?.name, 'Donald Trump');
});

test('a possessive in a phrase opening the sentence refers forward to its subject', () => {
  const [his] = refs('Donald Trump met Vladimir Putin. In his speech, Putin thanked the hosts.', 'his');
  assert.equal(his?.name, 'Vladimir Putin');
  assert.equal(his?.rule, 'actors.pronoun.cataphora');
});

test('gender keeps "she" from a man, and a name the article never resolved keeps "he" open', () => {
  const [she] = refs('Theresa May met Donald Trump. Trump said she was right.', 'she');
  assert.equal(she?.name, 'Theresa May');
  assert.equal(refs('Donald Trump arrived on Monday. Zorblatt Quinterro answered questions. He said the visit was useful.', 'He').length, 0);
});

test('a capitalised word opening a quote is no unresolved name', () => {
  const [he] = refs('Sergey Lavrov met reporters.\n\n"Sanctions are illegal, he said, and must end," TASS reported.', 'he');
  assert.equal(he?.name, 'Sergey Lavrov');
});

test('a kinship word in an apposition gives a person the data knows nothing of a gender', () => {
  const [her] = refs('Zorblatt Quinterro, brother of Mirela Quinterro, was sentenced for her murder.', 'her');
  assert.equal(her?.name, 'Mirela Quinterro');
});

test('a given name tells a person\'s gender, so a pronoun skips a nearer person of the other one', () => {
  const [she] = refs('Sarah Okolo’s lawyer said her manager, Dr. Peter Vantos, was out to ruin her after she sued him.', 'she');
  assert.equal(she?.name, 'Sarah Okolo');
});

test('an object pronoun of a non-finite verb may be the clause subject when another actor is the verb\'s own subject', () => {
  const [him] = refs('Thomas Eberle is suing the college for failing to stop Emily Watson from harassing him.', 'him');
  assert.equal(him?.name, 'Thomas Eberle');
});

test('a quote that follows an attributed one keeps its speaker, who is never its "him"', () => {
  const text = 'Donald Trump met Boris Johnson. "He is a good man," said Vladimir Putin. "So we invited him to Moscow."';
  const [him] = refs(text, 'him');
  assert.notEqual(him?.name, 'Vladimir Putin');
  const [open] = refs('Nobody did better than Boris Johnson," said Vladimir Putin. "So we invited him to Moscow."', 'him');
  assert.equal(open?.name, 'Boris Johnson');
});
