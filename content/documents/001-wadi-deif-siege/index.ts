import type { ContentModule } from "../../../lib/content/module";

/** Facts authored from this source document. See docs/content.md. */
export const contentModule: ContentModule = {
  events: [],
  figures: [],
  forces: [],
  places: [],
  placeNotes: [],
  claimants: [],
  discrepancies: [],
};
