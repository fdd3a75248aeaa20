import { describe, expect, it } from "vitest";
import { isTeacherQuestionId, parseQuestionId, teacherQuestionId, unversionedQuestionId } from "./question-ids";

describe("question ids", () => {
  it("reads bank ids, whole teacher questions and single versions", () => {
    expect(parseQuestionId("event-date-0123456789")).toEqual({ kind: "bank", id: "event-date-0123456789" });
    expect(parseQuestionId("tq:ckabc123")).toEqual({ kind: "teacher", questionId: "ckabc123" });
    expect(parseQuestionId("tq:ckabc123@12")).toEqual({ kind: "teacher", questionId: "ckabc123", version: 12 });
  });

  it("builds the ids it reads", () => {
    expect(teacherQuestionId("ckabc123")).toBe("tq:ckabc123");
    expect(teacherQuestionId("ckabc123", 3)).toBe("tq:ckabc123@3");
    expect(parseQuestionId(teacherQuestionId("ckabc123", 3))).toEqual({ kind: "teacher", questionId: "ckabc123", version: 3 });
  });

  it("treats a malformed teacher id as naming nothing a teacher wrote", () => {
    for (const id of ["tq:", "tq:@1", "tq:abc@", "tq:abc@0", "tq:abc@1.5", "tq:abc@-1", "tq:a b", "tq:abc@1@2", "tq:%25"]) {
      expect(parseQuestionId(id)).toEqual({ kind: "bank", id });
    }
  });

  it("drops the version for hides and custom sets, and leaves bank ids alone", () => {
    expect(unversionedQuestionId("tq:ckabc123@7")).toBe("tq:ckabc123");
    expect(unversionedQuestionId("tq:ckabc123")).toBe("tq:ckabc123");
    expect(unversionedQuestionId("place-near-abc")).toBe("place-near-abc");
    expect(isTeacherQuestionId("tq:x@1")).toBe(true);
    expect(isTeacherQuestionId("event-date-x")).toBe(false);
  });
});
