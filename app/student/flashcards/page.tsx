import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { FlashcardReviewer, type ReviewerCard } from "@/components/flashcards/FlashcardReviewer";
import { DeckDownloads } from "@/components/exports/DeckDownloads";
import { SelectField } from "@/components/ui/FormField";
import { requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { loadReviewQueue, type QueueCard } from "@/lib/flashcards/flashcard-service";
import { flashcardsInSet } from "@/lib/flashcards/load-cards";
import styles from "./page.module.css";

export const metadata: Metadata = { title: "Flashcards" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function FlashcardsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireAccess("study:use", "/student/flashcards");
  const raw = (await searchParams).set;
  const requested = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;

  const kb = loadKnowledgeBase();
  const sets = kb.studySets.filter((s) => flashcardsInSet(s.id).length > 0);
  const set = requested ? sets.find((s) => s.id === requested) : undefined;
  if (requested && !set) notFound();

  const queue = await loadReviewQueue(db(), user.id, { setId: set?.id });
  const toReviewer = ({ card, isNew, intervals }: QueueCard): ReviewerCard => ({
    id: card.id,
    front: card.front,
    back: card.back,
    ...(card.note ? { note: card.note } : {}),
    sources: card.sources,
    isNew,
    intervals: intervals.map(({ rating, label, interval }) => ({ rating, label, interval })),
  });
  const cards = [...queue.due, ...queue.newCards].map(toReviewer);
  // Each document's title once, for the documents these cards cite (not once per citation).
  const cited = new Set(cards.flatMap((c) => c.sources.map((s) => s.doc)));
  const sourceTitles = Object.fromEntries(kb.sources.filter((s) => cited.has(s.file)).map((s) => [s.file, s.title]));
  const { dueNow, newAvailableToday } = queue.counts;
  const here = set ? `/student/flashcards?set=${encodeURIComponent(set.id)}` : "/student/flashcards";

  return (
    <>
      <h1>Flashcards{set ? `: ${set.title}` : ""}</h1>
      <p className={styles.counts}>
        {dueNow} due today · {newAvailableToday} new
      </p>
      {queue.heldBack > 0 ? (
        <p className="notice">
          {queue.heldBack === 1
            ? "One card is held back because it answers a question on one of your assignments whose feedback is not released yet. It comes back once it is."
            : `${queue.heldBack} cards are held back because they answer questions on one of your assignments whose feedback is not released yet. They come back once it is.`}
        </p>
      ) : null}
      <p className="hint">
        Cards come back just before you are likely to forget them. Rate each one honestly: “Again” brings it back in a
        minute, “Easy” sends it furthest away. New cards are limited to {queue.counts.newCardsPerDay} a day.
      </p>
      <form method="get" action="/student/flashcards" className={styles.filter}>
        <SelectField
          id="flashcard-set"
          name="set"
          label="Study set"
          value={set?.id ?? ""}
          emptyOption="All cards"
          options={sets.map((s) => ({ value: s.id, label: s.title }))}
        />
        <button type="submit" className="button secondary">
          Go
        </button>
      </form>
      <FlashcardReviewer
        key={`${set?.id ?? "all"}-${cards.map((c) => c.id).join(",")}`}
        studentId={user.id}
        cards={cards}
        sourceTitles={sourceTitles}
        nextDueAt={queue.nextDueAt}
        practiceHref={set ? `/student/sets/${encodeURIComponent(set.id)}` : "/student"}
        moreHref={here}
      />
      <DeckDownloads setId={set?.id} setTitle={set?.title} />
    </>
  );
}
