/**
 * What the writing and import forms offer: the unit's documents (by title; citations store the file
 * name, which people never see) with their sections, and the study sets a question may belong to.
 */
import "server-only";
import { loadKnowledgeBase } from "../../content/load-knowledge-base";
import type { SourceChoice, StudySetChoice } from "./question-form";

export interface AuthoringCatalog {
  sources: SourceChoice[];
  studySets: StudySetChoice[];
}

let cached: AuthoringCatalog | undefined;

export function authoringCatalog(): AuthoringCatalog {
  if (!cached) {
    const kb = loadKnowledgeBase();
    cached = {
      sources: kb.sources.map((s) => ({ file: s.file, title: s.title, sections: [...s.sections] })),
      studySets: kb.studySets.map((s) => ({ id: s.id, title: s.title })),
    };
  }
  return cached;
}
