/**
 * The knowledge base: core data, every document folder and the gazetteer,
 * parsed with the zod schemas and validated. See docs/content.md.
 */
import { contentModule as maaratBattle } from "./documents/000-maarat-battle";
import { contentModule as wadiDeifSiege } from "./documents/001-wadi-deif-siege";
import { contentModule as idlibClashes } from "./documents/002-idlib-clashes";
import { contentModule as maaratRecapture } from "./documents/003-maarat-recapture-2020";
import { contentModule as aleppoClashes } from "./documents/004-aleppo-clashes";
import { claimants } from "./core/claimants";
import { forces } from "./core/forces";
import { sources } from "./core/sources";
import { studySets } from "./core/study-sets";
import { campaigns, control, reasonings } from "./big-picture";
import { contentModule as bigPictureAdditions } from "./big-picture/module";
import { readGazetteer } from "../lib/content/gazetteer";
import {
  buildKnowledgeBase,
  ContentValidationError,
  type Governorate,
  type KnowledgeBase,
  type KnowledgeBaseInput,
} from "../lib/content/load";
import type { Problem } from "../lib/content/validate";

export type { KnowledgeBase, LoadedPlace, LoadedStudySet } from "../lib/content/load";

/** Content folders in document order. */
export const contentModules = [
  { name: "000-maarat-battle", module: maaratBattle },
  { name: "001-wadi-deif-siege", module: wadiDeifSiege },
  { name: "002-idlib-clashes", module: idlibClashes },
  { name: "003-maarat-recapture-2020", module: maaratRecapture },
  { name: "004-aleppo-clashes", module: aleppoClashes },
  { name: "big-picture", module: bigPictureAdditions },
];

/**
 * Gazetteer rows whose governorate column is empty. These places have no
 * coordinates; the governorate is inferred from how the documents place them.
 */
export const governorateFill: Partial<Record<string, Governorate>> = {
  // 004 "Armed clashes": an area just outside Aleppo city.
  "tel-selour": "Aleppo",
  // 002 "November 2012": a place belonging to Jisr al-Shughur.
  sararif: "Idlib",
  // 002 "October 2012": taken near the Turkish border, in the Idlib clashes.
  "al-tlul": "Idlib",
  "al-alani": "Idlib",
  // 002 "December 2012": a checkpoint around the Wadi Deif base near Maarat al-Numan.
  "ayn-qrei": "Idlib",
};

/** Everything the loader needs; exported so tests and scripts can vary it. */
export function knowledgeBaseInput(): KnowledgeBaseInput {
  return {
    sources,
    forces,
    claimants,
    studySets,
    modules: contentModules,
    gazetteer: readGazetteer(),
    governorateFill,
    bigPicture: { campaigns, reasonings, control },
  };
}

let cached: KnowledgeBase | undefined;

/** Loads, parses and validates the knowledge base, without throwing: the content check uses this. */
export function checkKnowledgeBase(): { kb: KnowledgeBase; problems: Problem[]; warnings: Problem[] } {
  return buildKnowledgeBase(knowledgeBaseInput());
}

/**
 * The validated knowledge base, cached after the first call.
 * Throws a `ContentValidationError` listing every problem when content is invalid.
 */
export function loadKnowledgeBase(): KnowledgeBase {
  if (cached) return cached;
  const { kb, problems } = checkKnowledgeBase();
  if (problems.length > 0) throw new ContentValidationError(problems);
  cached = kb;
  return kb;
}
