/**
 * The knowledge base the app runs on: the authored content in content/ plus the gazetteer, parsed
 * with the zod schemas, validated, and cached for the life of the process. See docs/content.md.
 */
import {
  campaigns,
  claimants,
  contentModules,
  control,
  forces,
  governorateFill,
  reasonings,
  roadStops,
  sources,
  studySets,
} from "../../content";
import { readGazetteer } from "./gazetteer";
import { buildKnowledgeBase, ContentValidationError, type KnowledgeBaseInput } from "./load";
import type { KnowledgeBase } from "./knowledge-base";
import type { Problem } from "./validate";

export type { KnowledgeBase, LoadedPlace, LoadedStudySet } from "./knowledge-base";

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
    bigPicture: { campaigns, reasonings, control, roadStops },
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
