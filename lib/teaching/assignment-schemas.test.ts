import { describe, expect, it } from "vitest";
import {
  assignmentValuesFromForm,
  emptyAssignmentFormValues,
  parseAssignmentForm,
  parseAssignmentQuestions,
  parseAssignmentSettings,
  parseExtension,
} from "./assignment-schemas";

const valid = emptyAssignmentFormValues({
  title: "Week 3 quiz",
  setId: "siege-of-wadi-deif",
  opensAt: "2026-05-11T09:00",
  dueAt: "2026-05-18T17:00",
  timeZone: "Europe/London",
  attemptLimit: "2",
  timeLimitMinutes: "20",
  feedbackPolicy: "after-due",
});

/** The FormData a browser sends: a field with several values repeats its name; an unchecked box is absent. */
function formDataOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, values] of Object.entries(fields)) {
    for (const value of [values].flat()) form.append(name, value);
  }
  return form;
}

describe("new assignment form", () => {
  it("turns the form into a quiz request and UTC dates in the chosen zone", () => {
    const parsed = parseAssignmentForm(valid);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({
      title: "Week 3 quiz",
      request: { setId: "siege-of-wadi-deif", length: 10 },
      timeZone: "Europe/London",
      attemptLimit: 2,
      timeLimitSeconds: 1200,
      feedbackPolicy: "after-due",
      shuffleQuestions: true,
      shuffleOptions: true,
    });
    expect(parsed.value.opensAt?.toISOString()).toBe("2026-05-11T08:00:00.000Z");
    expect(parsed.value.dueAt.toISOString()).toBe("2026-05-18T16:00:00.000Z");
    expect(parsed.value.request.categories).toBeUndefined();
  });

  it("reads FormData the way the browser sends it (unchecked boxes are absent)", () => {
    const values = assignmentValuesFromForm(
      formDataOf({
        source: "topics",
        topics: ["siege-of-wadi-deif", "battle-of-maarat-al-numan-2012"],
        categories: ["places"],
        types: ["multiple-choice"],
        length: "5",
        opensAt: "2026-05-11T09:00",
        dueAt: "2026-05-12T09:00",
        timeZone: "Asia/Damascus",
        feedbackPolicy: "immediately",
        shuffleOptions: "on",
      }),
    );
    expect(values.shuffleQuestions).toBe(false);
    expect(values.shuffleOptions).toBe(true);
    const parsed = parseAssignmentForm(values);
    expect(parsed.ok && parsed.value.request).toEqual({
      topics: ["siege-of-wadi-deif", "battle-of-maarat-al-numan-2012"],
      scope: "core",
      categories: ["places"],
      types: ["multiple-choice"],
      length: 5,
    });
    expect(parsed.ok && parsed.value.opensAt?.toISOString()).toBe("2026-05-11T06:00:00.000Z");
    expect(parsed.ok && parsed.value.attemptLimit).toBeNull();
    expect(parsed.ok && parsed.value.timeLimitSeconds).toBeNull();
  });

  it("leaves the opening date empty to open at once", () => {
    const parsed = parseAssignmentForm({ ...valid, opensAt: "" });
    expect(parsed.ok && parsed.value.opensAt).toBeNull();
  });

  it("refuses a due date before the opening date", () => {
    const parsed = parseAssignmentForm({ ...valid, dueAt: "2026-05-10T09:00" });
    expect(parsed).toEqual({ ok: false, errors: { dueAt: "The due date must be after the opening date." } });
  });

  it("reports every bad field at once, by form field name", () => {
    const parsed = parseAssignmentForm({
      ...valid,
      title: "t".repeat(121),
      setId: "",
      length: "51",
      attemptLimit: "0",
      timeLimitMinutes: "ten",
      feedbackPolicy: "never",
      timeZone: "Mars/Olympus",
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(
      ["attemptLimit", "feedbackPolicy", "length", "timeLimitMinutes", "timeZone", "title"].sort(),
    );
    expect(parsed.errors.length).toMatch(/from 1 to 50/);
  });

  it("asks for a set or at least one topic", () => {
    expect(parseAssignmentQuestions({ ...valid, setId: "" })).toEqual({ ok: false, errors: { setId: "Choose a study set." } });
    expect(parseAssignmentQuestions({ ...valid, source: "topics", topics: [] })).toEqual({
      ok: false,
      errors: { topics: "Choose at least one topic." },
    });
    expect(parseAssignmentForm({ ...valid, setId: "" })).toEqual({ ok: false, errors: { setId: "Choose a study set." } });
  });

  it("refuses a due time that the clocks skip", () => {
    const parsed = parseAssignmentForm({ ...valid, opensAt: "2026-03-20T09:00", dueAt: "2026-03-29T01:30" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.dueAt).toMatch(/does not exist in Europe\/London/);
  });
});

describe("settings and extensions", () => {
  const opensAt = new Date("2026-05-11T08:00:00Z");

  it("changes the due date, limits and feedback policy", () => {
    const parsed = parseAssignmentSettings(
      { dueAt: "2026-05-20T12:00", timeZone: "UTC", attemptLimit: "", timeLimitMinutes: "45", feedbackPolicy: "after-attempt" },
      opensAt,
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        dueAt: new Date("2026-05-20T12:00:00Z"),
        timeZone: "UTC",
        attemptLimit: null,
        timeLimitSeconds: 2700,
        feedbackPolicy: "after-attempt",
      },
    });
  });

  it("keeps the due date after the opening date", () => {
    const parsed = parseAssignmentSettings(
      { dueAt: "2026-05-11T07:00", timeZone: "UTC", attemptLimit: "", timeLimitMinutes: "", feedbackPolicy: "immediately" },
      opensAt,
    );
    expect(parsed).toEqual({ ok: false, errors: { dueAt: "The due date must be after the opening date." } });
  });

  it("needs a later due date or extra minutes for an extension", () => {
    const assignment = { dueAt: new Date("2026-05-18T16:00:00Z"), timeZone: "Europe/London" };
    expect(parseExtension({ studentId: "s1", dueAt: "", extraMinutes: "" }, assignment)).toEqual({
      ok: false,
      errors: { dueAt: "Give a new due date, extra minutes, or both." },
    });
    expect(parseExtension({ studentId: "s1", dueAt: "2026-05-18T16:00", extraMinutes: "" }, assignment)).toEqual({
      ok: false,
      errors: { dueAt: "An extended due date must be later than the class's due date." },
    });
    expect(parseExtension({ studentId: "s1", dueAt: "2026-05-20T17:00", extraMinutes: "15" }, assignment)).toEqual({
      ok: true,
      value: { studentId: "s1", dueAt: new Date("2026-05-20T16:00:00Z"), extraSeconds: 900 },
    });
    expect(parseExtension({ studentId: "", dueAt: "", extraMinutes: "10" }, assignment)).toEqual({
      ok: false,
      errors: { studentId: "Choose a student." },
    });
  });
});

describe("new assignment from a custom set", () => {
  it("reads the custom-set choice from the form and ignores filters and length for it", () => {
    const values = assignmentValuesFromForm(formDataOf({ source: "custom", customSetId: "cset123", length: "", types: ["typed"] }));
    expect(values).toMatchObject({ source: "custom", customSetId: "cset123" });
    const parsed = parseAssignmentQuestions(values);
    expect(parsed).toEqual({ ok: true, value: { customSetId: "cset123", length: 1 } });
  });

  it("asks for a set when none, or something that is not an id, is chosen", () => {
    for (const customSetId of ["", "../etc", "x".repeat(65)]) {
      const parsed = parseAssignmentQuestions({ ...valid, source: "custom", customSetId });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors.customSetId).toMatch(/Choose one of your sets/);
    }
  });
});
