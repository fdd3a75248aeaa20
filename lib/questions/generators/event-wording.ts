/**
 * How a question names an event. The question-writing brief asks for the
 * event in a sentence ("when rebels attacked the Tel Selour checkpoint on 16
 * July 2012"), not its quoted headline. Each event's authored `clause` gives
 * that sentence; the headline form remains for lists of events and for a stem
 * the clause would spoil.
 */
import { datePhrase, formatDate } from "../../content/dates";
import type { Event } from "../../content/schema";
import { capitalize } from "./context";

/**
 * A date the documents dispute is not presented as fact: such events are named without one. Nor is
 * a window the document never states: an undated event known only to fall inside a span ("10
 * February – 19 July 2012", the whole clashes) would read as if it lasted that long.
 */
function undisputedDatePhrase(event: Event): string | null {
  if (event.alternativeDates.length > 0) return null;
  if (isUnstatedWindow(event)) return null;
  return datePhrase(event.date);
}

/** An undated event placed only inside a span of days (as opposed to a month's section, which a reader can see). */
export function isUnstatedWindow(event: Pick<Event, "date" | "dateFromPosition">): boolean {
  return event.dateFromPosition === true && event.date.precision === "range";
}

/** "rebels attacked the Tel Selour checkpoint on 16 July 2012": reads after "when". */
export function clauseWithDate(event: Event): string {
  const when = undisputedDatePhrase(event);
  return when ? `${event.clause} ${when}` : event.clause;
}

/**
 * "On 16 July 2012, rebels attacked the Tel Selour checkpoint." A sentence that
 * sets the scene. `coarserDate` ("in July 2012") replaces the event's own date
 * where the day would give an answer away; a disputed date is never given.
 */
export function eventSentence(event: Event, coarserDate?: string): string {
  const when = undisputedDatePhrase(event) && (coarserDate ?? datePhrase(event.date));
  if (!when) return `${capitalize(event.clause)}.`;
  // A whole battle reads better with its dates last: "The battle for Maarat al-Numan was fought between 8 and 13 October 2012."
  // So does a "by" date: "By 9 October 2012, rebels seized …" would need "had seized".
  if (/ (?:was|were) fought$/.test(event.clause) || when.startsWith("by ")) return `${capitalize(event.clause)} ${when}.`;
  return `${capitalize(when)}, ${event.clause}.`;
}

/** "Rebels attacked the Tel Selour checkpoint." Without a date, for questions that ask for it. */
export function undatedSentence(event: Event): string {
  return `${capitalize(event.clause)}.`;
}

/** The headline form: “Title” (date), the date left out when disputed or already in the title. */
export function quotedTitle(event: Event): string {
  const date = formatDate(event.date);
  if (event.alternativeDates.length > 0 || isUnstatedWindow(event) || event.title.includes(date)) return `“${event.title}”`;
  return `“${event.title}” (${date})`;
}
