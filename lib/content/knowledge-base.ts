/**
 * The loaded knowledge base's shape, apart from the loader, so the validators can name it without
 * importing the loader that calls them.
 */
import type { Coordinates } from "./gazetteer";
import type {
  Campaign,
  Claimant,
  ControlRecord,
  RoadStop,
  Discrepancy,
  Event,
  Figure,
  Force,
  Place,
  PlaceNote,
  Reasoning,
  Source,
  StudySet,
} from "./schema";

/** A place as the app uses it: schema fields plus coordinates from the gazetteer (null when unresolved or not in it). */
export type LoadedPlace = Place & { coordinates: Coordinates | null };

/** A place note with the content folder it came from. */
export type LoadedPlaceNote = PlaceNote & { origin: string };

/**
 * A study set with `events` resolved: explicit members plus every event its
 * `match` rules select (see `matchesStudySet`).
 */
export type LoadedStudySet = StudySet;

export interface KnowledgeBase {
  sources: Source[];
  places: LoadedPlace[];
  forces: Force[];
  claimants: Claimant[];
  events: Event[];
  figures: Figure[];
  discrepancies: Discrepancy[];
  studySets: LoadedStudySet[];
  /** The notes merged into `places`, kept so references can be checked. */
  placeNotes: LoadedPlaceNote[];
  /** The big picture (content/big-picture/): campaigns, reasons and consequences, control over time. */
  campaigns: Campaign[];
  reasonings: Reasoning[];
  control: ControlRecord[];
  /** Towns on roads that no place note puts there (content/big-picture/roads.ts), for the map. */
  roadStops: RoadStop[];
}

export type Governorate = Place["governorate"];
