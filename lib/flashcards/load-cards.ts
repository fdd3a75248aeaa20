/**
 * The app's flashcard deck, built once per server process from the validated
 * knowledge base (a few tens of milliseconds), with an id index and per-set lists.
 */
import "server-only";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { stableHash } from "../questions/random";
import { findQuestion, loadQuestionBank } from "../questions/load-bank";
import type { Question } from "../questions/types";
import { buildFlashcards, CATEGORY_OF_KIND, factKeyOfCard, factKeysOfQuestion, type Flashcard } from "./cards";

let cached:
  | {
      cards: Flashcard[];
      byId: Map<string, Flashcard>;
      bySet: Map<string, Flashcard[]>;
      byFact: Map<string, string>;
      version: string;
    }
  | undefined;

function load() {
  if (!cached) {
    const cards = buildFlashcards(loadKnowledgeBase(), loadQuestionBank());
    const bySet = new Map<string, Flashcard[]>();
    for (const card of cards)
      for (const setId of card.topics) {
        const list = bySet.get(setId) ?? [];
        list.push(card);
        bySet.set(setId, list);
      }
    cached = {
      cards,
      byId: new Map(cards.map((c) => [c.id, c])),
      bySet,
      byFact: new Map(cards.map((c) => [factKeyOfCard(c), c.id])),
      version: stableHash(JSON.stringify(cards), 12),
    };
  }
  return cached;
}

/** Every card, in deck order. */
export function loadFlashcards(): Flashcard[] {
  return load().cards;
}

export function findFlashcard(id: string): Flashcard | undefined {
  return load().byId.get(id);
}

/** Cards of one study set, in deck order (empty for an unknown set). */
export function flashcardsInSet(setId: string): Flashcard[] {
  return load().bySet.get(setId) ?? [];
}

/** Each card about one of these questions' facts (events, places, forces or figures), with the question. */
function* cardsAboutFactsOf(questionIds: Iterable<string>): Generator<{ question: Question; card: Flashcard }> {
  const { byFact, byId } = load();
  for (const id of questionIds) {
    const question = findQuestion(id);
    if (!question) continue;
    for (const key of factKeysOfQuestion(question)) {
      const cardId = byFact.get(key);
      const card = cardId ? byId.get(cardId) : undefined;
      if (card) yield { question, card };
    }
  }
}

/**
 * The cards that would give away an answer to any of these questions: those about a fact the
 * question refers to (its events, places, forces or figures). Deliberately broad: a card about
 * the place of a held-back question's event goes too, since a card cannot know which of a
 * question's facts its key turns on.
 */
export function flashcardIdsAbout(questionIds: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const { card } of cardsAboutFactsOf(questionIds)) out.add(card.id);
  return out;
}

/**
 * The cards that ask what these (hidden) questions ask: a card about one of the question's facts and in
 * the question's own category, e.g. the date card of the event a hidden date question asks about, but
 * not the card about the place where that event happened. Narrower than `flashcardIdsAbout` on purpose:
 * hiding a question says the question is bad, not that its facts should not be studied.
 */
export function flashcardIdsAsking(questionIds: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const { question, card } of cardsAboutFactsOf(questionIds)) {
    if (CATEGORY_OF_KIND[card.kind] === question.category) out.add(card.id);
  }
  return out;
}

/** Content hash of the deck, stored with card states and review logs. */
export function flashcardDeckVersion(): string {
  return load().version;
}
