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

/** A date the documents dispute is not presented as fact: such events are named without one. */
function undisputedDatePhrase(event: Event): string | null {
  return event.alternativeDates.length > 0 ? null : datePhrase(event.date);
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
  if (/ (?:was|were) fought$/.test(event.clause)) return `${capitalize(event.clause)} ${when}.`;
  return `${capitalize(when)}, ${event.clause}.`;
}

/** "Rebels attacked the Tel Selour checkpoint." Without a date, for questions that ask for it. */
export function undatedSentence(event: Event): string {
  return `${capitalize(event.clause)}.`;
}

/** The headline form: “Title” (date), the date left out when disputed or already in the title. */
export function quotedTitle(event: Event): string {
  const date = formatDate(event.date);
  if (event.alternativeDates.length > 0 || event.title.includes(date)) return `“${event.title}”`;
  return `“${event.title}” (${date})`;
}
