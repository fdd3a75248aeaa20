/**
 * The wording lint (./wording/lint.ts) over the whole generated bank: every
 * prompt, option, matching premise and explanation a student reads. A failure
 * lists the counts by rule (with the templates involved) and the first 20
 * problems with question id, template, field and rule, so the template to fix
 * can be found. The rules themselves are tested in ./wording/lint.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import type { KnowledgeBase } from "../content/load";
import { generateQuestionBank } from "./bank";
import type { QuestionBank } from "./types";
import { formatProblems, lintBank, lintContextFromKnowledgeBase, textsOfQuestion, type LintContext } from "./wording/lint";

let kb: KnowledgeBase;
let bank: QuestionBank;
let context: LintContext;

beforeAll(() => {
  kb = loadKnowledgeBase();
  bank = generateQuestionBank(kb);
  context = lintContextFromKnowledgeBase(kb);
});

describe("wording of the whole bank", () => {
  it("knows the knowledge base's ids and acronyms", () => {
    const idCount = kb.events.length + kb.places.length + kb.forces.length + kb.figures.length + kb.claimants.length;
    expect(context.knownIds.size).toBeGreaterThan(0);
    expect(context.knownIds.size).toBeLessThanOrEqual(idCount);
    for (const acronym of ["SOHR", "FSA", "HTS", "YPG", "AFP"]) expect(context.acronyms.has(acronym), acronym).toBe(true);
  });

  it("reads every prompt, option, premise and explanation", () => {
    let expected = 0;
    for (const q of bank.questions) {
      expected += 2 + ("options" in q ? q.options.length : 0) + ("premises" in q ? q.premises.length : 0);
    }
    const read = bank.questions.reduce((n, q) => n + textsOfQuestion(q).length, 0);
    expect(read).toBe(expected);
  });

  it("has no wording problems", () => {
    const problems = lintBank(bank, context);
    const summary = formatProblems(problems, 20);
    expect(problems.length, `\n${summary}\n`).toBe(0);
  });

  it("names events in sentences, never by quoting their headlines", () => {
    const quoted = kb.events.map((e) => `“${e.title}”`);
    // Prompts and explanations: feedback reads the number against the event too ("On 16 July 2012, rebels attacked ...").
    const offenders = bank.questions.filter((q) => quoted.some((title) => q.prompt.includes(title) || (q.explanation ?? "").includes(title)));
    expect(offenders.map((q) => `${q.id}: ${q.prompt} / ${q.explanation}`)).toEqual([]);
    // The stems that used to quote them now set the scene with the event's clause.
    const sceneStems = bank.questions.filter((q) => q.template === "event-place-choice" || q.template === "figure-value-choice");
    const withClause = sceneStems.filter((q) => kb.events.some((e) => q.prompt.includes(e.clause)));
    expect(withClause.length).toBeGreaterThan(sceneStems.length / 2);
  });

  it("names what ties the events of every ordering question together, so the student knows which story to think of", () => {
    const themes = new Set([...kb.studySets.map((set) => set.title), "In and around Idlib province"]);
    for (const q of bank.questions.filter((question) => question.template === "order-events")) {
      const theme = q.prompt.split(":")[0]!;
      expect([...themes].some((t) => theme.startsWith(t) || t.startsWith(theme)), q.prompt).toBe(true);
      expect(q.prompt, q.id).toMatch(/: put these [3-5] events in the order they happened, earliest first\.$/);
    }
  });

  it("gives a named group or a crossing its article inside a campaign's explanation ('the Free Syrian Army', 'the Bab al-Hawa border crossing')", () => {
    const campaignExplanations = bank.questions
      .filter((q) => q.template.startsWith("campaign-"))
      .map((q) => q.explanation ?? "");
    expect(campaignExplanations.length).toBeGreaterThan(40);
    const needArticle = ["Free Syrian Army", "Syrian Army", "Syrian Air Force", "Bab al-Hawa border crossing", "Taftanaz airbase"];
    for (const explanation of campaignExplanations) {
      for (const name of needArticle) {
        const bare = new RegExp(`(^|[^e] |, )${name}`);
        expect(explanation, name).not.toMatch(bare);
      }
    }
    expect(campaignExplanations.some((text) => text.includes("list the Free Syrian Army"))).toBe(true);
  });
});
