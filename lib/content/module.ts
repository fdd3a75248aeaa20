import type { z } from "zod";
import type {
  ClaimantSchema,
  DiscrepancySchema,
  EventSchema,
  FigureSchema,
  ForceSchema,
  PlaceNoteSchema,
  PlaceSchema,
  StudySetSchema,
} from "./schema";

/**
 * What one content folder contributes. Authors write the *input* shape
 * (defaults may be omitted); the loader parses it with the schemas.
 */
export interface ContentModule {
  events: z.input<typeof EventSchema>[];
  figures: z.input<typeof FigureSchema>[];
  forces: z.input<typeof ForceSchema>[];
  places: z.input<typeof PlaceSchema>[];
  placeNotes: z.input<typeof PlaceNoteSchema>[];
  claimants: z.input<typeof ClaimantSchema>[];
  discrepancies: z.input<typeof DiscrepancySchema>[];
  studySets?: z.input<typeof StudySetSchema>[];
}
