import type { ContentModule } from "../../../lib/content/module";
import { junToSep2012 } from "./jun-sep-2012";
import { oct2012ToApr2013 } from "./oct-2012-apr-2013";

/**
 * Facts authored from the Idlib Governorate clashes article (002), split by
 * period into two files. See docs/content.md.
 */
const parts: ContentModule[] = [junToSep2012, oct2012ToApr2013];

export const contentModule: ContentModule = {
  events: parts.flatMap((p) => p.events),
  figures: parts.flatMap((p) => p.figures),
  forces: parts.flatMap((p) => p.forces),
  places: parts.flatMap((p) => p.places),
  placeNotes: parts.flatMap((p) => p.placeNotes),
  claimants: parts.flatMap((p) => p.claimants),
  discrepancies: parts.flatMap((p) => p.discrepancies),
  studySets: parts.flatMap((p) => p.studySets ?? []),
};
