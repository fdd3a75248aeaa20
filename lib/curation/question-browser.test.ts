import { describe, expect, it } from "vitest";
import { loadQuestionBank } from "../questions/load-bank";
import { browserQueryFrom, searchTextOf, searchWords } from "./question-browser";

describe("the question browser's query", () => {
  it("reads filters from the URL and ignores values it does not know instead of failing", () => {
    expect(browserQueryFrom({ q: "Aleppo", type: "typed", difficulty: "2", hidden: "1", page: "3", scope: "core" })).toMatchObject({
      q: "Aleppo",
      type: "typed",
      difficulty: 2,
      hidden: true,
      reported: false,
      page: 3,
      scope: "core",
    });
    const junk = browserQueryFrom({ type: "essay", difficulty: "9", page: "-4", scope: "some", category: ["places", "x"], mine: "yes" });
    expect(junk).toMatchObject({ type: undefined, difficulty: undefined, page: 1, scope: "all", category: "places", mine: false });
  });

  it("splits a search into distinct lower-case words", () => {
    expect(searchWords('  Maarat  "al-Numan" maarat ')).toEqual(["maarat", "al-numan"]);
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
  });

  it("searches a generated question's prompt, answer and explanation", () => {
    const q = loadQuestionBank().questions.find((x) => x.type === "typed")!;
    const text = searchTextOf(q);
    expect(text).toContain(q.prompt.toLowerCase());
    expect(text).toContain(q.explanation.toLowerCase());
    if (q.type === "typed") expect(text).toContain(q.answer.text.toLowerCase());
  });
});
