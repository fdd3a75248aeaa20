/**
 * The study set that best fits an event or a place, for "Questions about this"
 * and "Flashcards" links: a battle set first, then a theme, then a month of the
 * timeline, the smallest first (the most specific); the category sets only as
 * a fallback.
 */
import type { KnowledgeBase } from "../content/load";

const GROUP_RANK: Record<string, number> = { battle: 0, theme: 1, month: 2, category: 3 };

export interface SetLink {
  setId: string;
  title: string;
}

type Sets = KnowledgeBase["studySets"];

function rank(a: Sets[number], b: Sets[number]): number {
  return (GROUP_RANK[a.group] ?? 9) - (GROUP_RANK[b.group] ?? 9) || a.events.length - b.events.length;
}

const eventCache = new WeakMap<KnowledgeBase, Map<string, SetLink>>();

/** Best set for every event id (category sets excluded unless nothing else holds it). */
export function bestSetByEvent(kb: KnowledgeBase): Map<string, SetLink> {
  const cached = eventCache.get(kb);
  if (cached) return cached;
  const out = new Map<string, SetLink>();
  const sets = [...kb.studySets].sort(rank);
  for (const set of sets) {
    if (set.group === "category" && set.categories && !set.categories.includes("chronology")) continue;
    for (const id of set.events) if (!out.has(id)) out.set(id, { setId: set.id, title: set.title });
  }
  eventCache.set(kb, out);
  return out;
}

/** Best set for a place: one that lists it, else one holding an event at it, else the places category set. */
export function bestSetForPlace(kb: KnowledgeBase, placeId: string, eventIds: readonly string[]): SetLink | null {
  const sets = [...kb.studySets].sort(rank);
  const listing = sets.find((s) => s.group !== "category" && s.places.includes(placeId));
  if (listing) return { setId: listing.id, title: listing.title };
  const holding = sets.find((s) => s.group !== "category" && eventIds.some((id) => s.events.includes(id)));
  if (holding) return { setId: holding.id, title: holding.title };
  const category = kb.studySets.find((s) => s.group === "category" && s.categories?.includes("places"));
  return category ? { setId: category.id, title: category.title } : null;
}
