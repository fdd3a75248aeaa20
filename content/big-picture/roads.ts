import type { z } from "zod";
import type { RoadStopSchema } from "../../lib/content/schema";
import { idlib, recapture } from "./citations";

/**
 * Towns the documents name on a road, where the knowledge base has no
 * "on-highway" relation for them: the M5's northern end, and the two roads the
 * Idlib article names only by the cities they join. `road` is the road's code
 * (as the highway points' aliases give it) or the id of a place of kind
 * "highway". The map draws each road through these towns and the towns whose
 * place notes put them on it.
 */
export const roadStops: z.input<typeof RoadStopSchema>[] = [
  // The recapture report: the M5 runs from Damascus to Aleppo.
  { road: "M5", place: "aleppo", citations: [recapture.body] },
  // The Idlib article, June 2012: soldiers defect on the main road from Idlib to Aleppo.
  { road: "idlib-aleppo-highway", place: "idlib", citations: [idlib.jun2012] },
  { road: "idlib-aleppo-highway", place: "aleppo", citations: [idlib.jun2012] },
  // The Idlib article, June 2012: FSA ground reached east to the road linking Hama and Idlib.
  { road: "hama-idlib-highway", place: "hama", citations: [idlib.jun2012] },
  { road: "hama-idlib-highway", place: "idlib", citations: [idlib.jun2012] },
];
