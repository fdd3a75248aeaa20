/**
 * Teacher-written questions for tests and benchmarks, inserted straight into TeacherQuestion and
 * TeacherQuestionVersion the way the authoring code stores them (body = the whole question as JSON,
 * id "tq:<id>@<version>"), without the authoring forms' validation in the way.
 */
import { searchTextOf } from "../../lib/curation/question-browser";
import { teacherQuestionId } from "../../lib/curation/question-ids";
import type { Database } from "../../lib/db/create-client";
import type { MultipleChoiceQuestion, Question } from "../../lib/questions/types";

/** A four-option multiple-choice question; override any field. */
export function sampleTeacherQuestion(overrides: Partial<MultipleChoiceQuestion> = {}): MultipleChoiceQuestion {
  return {
    id: "draft",
    category: "places",
    type: "multiple-choice",
    template: "teacher",
    prompt: "Which town lies on the M5 highway south of Idlib?",
    explanation: "Maarat al-Numan sits on the M5 between Hama and Aleppo.",
    sources: [],
    topics: [],
    coreIn: [],
    skill: "locate",
    refs: { events: [], places: [], forces: [], figures: [] },
    difficulty: 2,
    selectMany: false,
    options: [
      { id: "a", text: "Maarat al-Numan" },
      { id: "b", text: "Harem" },
      { id: "c", text: "Jisr al-Shughur" },
      { id: "d", text: "Azaz" },
    ],
    answer: { correct: ["a"] },
    ...overrides,
  };
}

function versionRow(question: Question, questionId: string, version: number) {
  const body = { ...question, id: teacherQuestionId(questionId, version) };
  return {
    questionId,
    version,
    body: JSON.stringify(body),
    type: body.type,
    category: body.category,
    skill: body.skill,
    difficulty: body.difficulty,
    searchText: searchTextOf(body),
  };
}

/** Stores `question` as version 1 of a new teacher question; returns its row id. */
export async function insertTeacherQuestion(db: Database, authorId: string, question: Question): Promise<string> {
  const row = await db.teacherQuestion.create({ data: { authorId }, select: { id: true } });
  await db.teacherQuestionVersion.create({ data: versionRow(question, row.id, 1) });
  return row.id;
}

/** Adds version `currentVersion + 1` and makes it current, as an edit after students answered does. */
export async function addTeacherQuestionVersion(db: Database, questionId: string, question: Question): Promise<number> {
  const current = await db.teacherQuestion.findUniqueOrThrow({ where: { id: questionId }, select: { currentVersion: true } });
  const next = current.currentVersion + 1;
  await db.teacherQuestionVersion.create({ data: versionRow(question, questionId, next) });
  await db.teacherQuestion.update({ where: { id: questionId }, data: { currentVersion: next } });
  return next;
}
