/**
 * The wording lint's rules, each with texts that must fail it and texts that
 * must pass it. The whole-bank run is in ../bank-wording.test.ts.
 */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_LINT_CONTEXT,
  MAX_EXPLANATION_LENGTH,
  MAX_OPTION_LENGTH,
  MAX_PROMPT_LENGTH,
  WORDING_RULES,
  formatProblems,
  lintBank,
  lintContextFromKnowledgeBase,
  lintQuestion,
  lintText,
  textsOfQuestion,
  type LintContext,
  type LintableQuestion,
  type TextKind,
  type WordingRule,
} from "./lint";

/** A small knowledge base in the shape the lint reads. */
const context: LintContext = lintContextFromKnowledgeBase({
  events: [{ id: "2012-10-08-rebels-launch-offensive-on-maarat-al-numan" }],
  places: [
    { id: "al-bab", name: "al-Bab", aliases: ["Al Bab"] },
    { id: "kobani", name: "Kobani", aliases: ["‘Ayn al ‘Arab"] },
  ],
  forces: [
    { id: "rebels", name: "Rebels (opposition forces)", aliases: [] },
    { id: "unsmis-observers", name: "UN Supervision Mission (UNSMISX)", aliases: [] },
  ],
  figures: [{ id: "maarat-battle-2012-soldiers-killed" }],
  claimants: [{ id: "sohr", name: "Syrian Observatory for Human Rights (SOHR)" }],
});

function rulesOf(text: string, kind: TextKind = "explanation", ctx: LintContext = context): WordingRule[] {
  return lintText(text, kind, ctx).map((p) => p.rule);
}

/** Rules that some test below made fail: checked at the end of the file. */
const exercised = new Set<WordingRule>();

/** `text` breaks `rule` (and the lint says so). */
function fails(rule: WordingRule, text: string, kind: TextKind = "explanation", ctx: LintContext = context) {
  exercised.add(rule);
  expect(rulesOf(text, kind, ctx), `${JSON.stringify(text)} should break ${rule}`).toContain(rule);
}

/** `text` passes every rule. */
function passes(text: string, kind: TextKind = "explanation", ctx: LintContext = context) {
  expect(lintText(text, kind, ctx), JSON.stringify(text)).toEqual([]);
}

/** A word of exactly `n` characters that no other rule minds. */
const wordOf = (n: number, end = ".") => `W${"o".repeat(n - 2)}${end}`;

describe("empty", () => {
  it("fails an empty or blank text", () => {
    fails("empty", "");
    fails("empty", "   ", "option");
  });
  it("passes a text with words", () => passes("Idlib", "option"));
});

describe("too-long", () => {
  it("fails one character over each limit", () => {
    fails("too-long", wordOf(MAX_PROMPT_LENGTH + 1, "?"), "prompt");
    fails("too-long", wordOf(MAX_OPTION_LENGTH + 1), "option");
    fails("too-long", wordOf(MAX_EXPLANATION_LENGTH + 1), "explanation");
  });
  it("passes a text exactly at each limit", () => {
    passes(wordOf(MAX_PROMPT_LENGTH, "?"), "prompt");
    passes(wordOf(MAX_OPTION_LENGTH), "option");
    passes(wordOf(MAX_EXPLANATION_LENGTH), "explanation");
  });
  it("counts characters, not UTF-16 units", () => {
    passes(`${wordOf(MAX_OPTION_LENGTH - 1, "")}𝔸`, "option");
  });
  it("has limits in a sensible order", () => {
    expect(MAX_OPTION_LENGTH).toBeLessThan(MAX_PROMPT_LENGTH);
    expect(MAX_PROMPT_LENGTH).toBeLessThan(MAX_EXPLANATION_LENGTH);
  });
});

describe("placeholder", () => {
  it("fails ellipses and blanks", () => {
    fails("placeholder", "Which town fell…?", "prompt");
    fails("placeholder", "Which town fell...?", "prompt");
    fails("placeholder", "Name the town: rebels take ___ (9 October 2012).", "prompt");
    fails("placeholder", "Rebels take __ in October.");
  });
  it("passes a complete sentence", () => passes("Which town fell in October 2012?", "prompt"));
});

describe("template-leftover", () => {
  it("fails braces", () => {
    fails("template-leftover", "Which town did {force} take?", "prompt");
    fails("template-leftover", "Which town did ${force} take?", "prompt");
    fails("template-leftover", "Rebels took the town}.");
  });
  it("passes brackets and dollars that are prose", () => passes("The grant (about $5 million) was paid [in 2012]."));
});

describe("missing-value", () => {
  it("fails what JavaScript prints for missing values", () => {
    fails("missing-value", "Rebels took undefined.");
    fails("missing-value", "The count was null.");
    fails("missing-value", "About NaN soldiers died.");
    fails("missing-value", "[object Object]", "option");
  });
  it("passes words that merely contain them and names", () => {
    passes("The truce was annulled; Nan Jones reported nullified votes.");
  });
});

describe("source-number", () => {
  it("fails a raw source number in any case", () => {
    fails("source-number", "The count differs: 21 in source 002.");
    fails("source-number", "Source 000 counts eight checkpoints.");
    fails("source-number", "SOURCE 004 says so.");
    fails("source-number", "source_001 (summary box)", "option");
  });
  it("passes sources named by title and numbers next to the word sources", () => {
    passes("The encyclopedia article “Battle of Maarat al-Numan (2012)” gave 108.");
    passes("Two sources gave 300 soldiers.");
  });
});

describe("file-name", () => {
  it("fails seed file names and other file names", () => {
    fails("file-name", "See 002_475e68448c0becbd.txt for details.");
    fails("file-name", "From 000_4e18d6cfd8d74cdd, section one.");
    fails("file-name", "The list in places.json has it.");
  });
  it("passes abbreviations and decimals", () => passes("The line ran 0.5 km, e.g. past the base."));
});

describe("raw-id", () => {
  it("fails lower-case tokens with two or more hyphens", () => {
    fails("raw-id", "Rebels took wadi-deif-base.", "explanation", DEFAULT_LINT_CONTEXT);
    fails("raw-id", "2012-10-08-rebels-…", "option", DEFAULT_LINT_CONTEXT);
    fails("raw-id", "It began on 2012-10-08.", "explanation", DEFAULT_LINT_CONTEXT);
    fails("raw-id", "The siege-of-wadi-deif set and the year-old-base.", "explanation", DEFAULT_LINT_CONTEXT);
  });
  it("fails known ids from the knowledge base, even with one hyphen", () => {
    fails("raw-id", "Rebels took al-bab in 2012.");
    fails("raw-id", "Killed: “maarat-battle-2012-soldiers-killed”.");
  });
  it("passes hyphenated names, English compounds and one-word ids", () => {
    passes("Al-Nusra, Maarat al-Numan and Tell-Rifaat were rebel-held in 2012.");
    passes("A hit-and-run raid went door-to-door; state-of-the-art guns were used.");
    passes("An eight-year-old boy, a twenty-one-year-old soldier and a 40-vehicle-strong column.");
    passes("The rebels held al-Bab.");
  });
});

describe("repeated-word", () => {
  it("fails doubled words", () => {
    fails("repeated-word", "Rebels took the the town.");
    fails("repeated-word", "The the army fell back.");
  });
  it("passes legitimate doubles and single words", () => {
    passes("The rebels had had enough; they said that that town fell.");
    passes("Rebels took the town.");
  });
});

describe("unbalanced-quotes", () => {
  it("fails unclosed and unopened quotes", () => {
    fails("unbalanced-quotes", "The report said “rebels won.");
    fails("unbalanced-quotes", "The report said rebels won”.");
    fails("unbalanced-quotes", 'The report said "rebels won.');
    fails("unbalanced-quotes", "He called it ‘a victory.");
    fails("unbalanced-quotes", "He said “they called it ‘a victory”.");
  });
  it("passes apostrophes, ʿayn marks and balanced quotes", () => {
    passes("The army’s base fell to the rebels’ attack at Maarat al-Nu’man and Ma‘arrat.");
    passes("He said “they called it ‘a victory’” and \"a rout\".");
    passes("The ’80s were quiet.");
  });
  it("passes names from the knowledge base that begin with a mark", () => {
    passes("‘Ayn al ‘Arab is the Arabic name of Kobani.");
    fails("unbalanced-quotes", "‘Ayn al ‘Arab is the Arabic name of Kobani.", "explanation", DEFAULT_LINT_CONTEXT);
  });
});

describe("unbalanced-brackets", () => {
  it("fails unclosed, unopened and crossed brackets", () => {
    fails("unbalanced-brackets", "Idlib (in 2012 fell.");
    fails("unbalanced-brackets", "Idlib in 2012) fell.");
    fails("unbalanced-brackets", "Idlib [in (2012] fell).");
  });
  it("passes nested brackets", () => passes("Idlib clashes (June 2012–April 2013 [first phase]) began."));
});

describe("sentence-case", () => {
  it("fails prompts and explanations that start in lower case", () => {
    fails("sentence-case", "which town fell?", "prompt");
    fails("sentence-case", "al-Bab is in Aleppo governorate.", "explanation");
    fails("sentence-case", "“which town fell?”", "prompt");
  });
  it("fails options that start with an ordinary lower-case word", () => {
    fails("sentence-case", "the encyclopedia article", "option");
    fails("sentence-case", "about the town", "option");
    fails("sentence-case", "al-bab", "option", DEFAULT_LINT_CONTEXT);
  });
  it("passes capitals, digits and an opening quote before one", () => {
    passes("Which town fell?", "prompt");
    passes("2012 ended with the siege.", "explanation");
    passes("“Rebels attack” happened first.", "explanation");
  });
  it("passes options that start with an Arabic article, a quantity or a date", () => {
    for (const option of ["al-Bab", "ash-Sham", "el-Faj", "at least 40", "about 1,100", "early January 2020", "around 16 July 2012", "mid-2012"]) {
      passes(option, "option");
    }
  });
});

describe("all-caps", () => {
  it("fails long all-capital words that are not acronyms", () => {
    fails("all-caps", "REBELS took the town.");
    fails("all-caps", "The BATTLE began.");
  });
  it("passes acronyms from the list and the knowledge base, and short capitals", () => {
    passes("SOHR, UNSMIS and UNSMISX reported; the FSA and HTS did not. TIME said so.");
    fails("all-caps", "UNSMISX reported.", "explanation", DEFAULT_LINT_CONTEXT);
    passes("SHORT words pass.");
  });
});

describe("prompt-end", () => {
  it("fails a prompt that ends without ? . or :", () => {
    fails("prompt-end", "Which town fell", "prompt");
    fails("prompt-end", "On the map, mark where this happened: Army storms Salaheddine (21 July 2012)", "prompt");
  });
  it("passes ? . : and a closing quote after them", () => {
    passes("Which town fell?", "prompt");
    passes("True or false: the town fell.", "prompt");
    passes("Put these in order:", "prompt");
    passes("True or false: the report said “the town fell.”", "prompt");
  });
  it("leaves options and explanations alone", () => {
    passes("Saraqib", "option");
    passes("Rebels took Saraqib (2012)", "explanation");
  });
});

describe("double-space", () => {
  it("fails two spaces in a row", () => fails("double-space", "Rebels took  the town."));
  it("passes single spaces", () => passes("Rebels took the town."));
});

describe("edge-space", () => {
  it("fails leading or trailing whitespace", () => {
    fails("edge-space", " Rebels took the town.");
    fails("edge-space", "Saraqib ", "option");
  });
  it("passes trimmed text", () => passes("Saraqib", "option"));
});

describe("space-before-punctuation", () => {
  it("fails a space before , . ? ; :", () => {
    fails("space-before-punctuation", "Which town fell ?", "prompt");
    fails("space-before-punctuation", "Idlib , Aleppo and Hama.");
    fails("space-before-punctuation", "True or false : it fell.", "prompt");
  });
  it("passes punctuation against its word", () => passes("Idlib, Aleppo and Hama; all fell: in 2012."));
});

// ---------------------------------------------------------------------------
// Questions and the bank

// Only the fields the lint reads: a real question has more, and more may come.
const choice: LintableQuestion = {
  id: "place-governorate-choice-1",
  template: "place-governorate-choice",
  prompt: "Which governorate is Saraqib in",
  explanation: "Saraqib is in Idlib governorate.",
  options: [
    { id: "a", text: "Idlib" },
    { id: "b", text: "the the Aleppo" },
  ],
};

const matching: LintableQuestion = {
  id: "event-place-matching-1",
  template: "event-place-matching",
  prompt: "Match each event to its place.",
  explanation: "see source 002.",
  premises: [{ id: "p1", text: "___ is bombarded (29 December 2012)" }],
  options: [{ id: "o1", text: "Saraqib" }],
};

const trueFalse: LintableQuestion = {
  id: "place-governorate-true-false-1",
  template: "place-governorate-true-false",
  prompt: "True or false: Saraqib is in Idlib governorate.",
  explanation: "True: Saraqib is in Idlib governorate.",
};

describe("lintQuestion and lintBank", () => {
  it("reads the prompt, every premise and option, and the explanation", () => {
    expect(textsOfQuestion(matching).map((t) => t.field)).toEqual(["prompt", "premises[0]", "options[0]", "explanation"]);
    expect(textsOfQuestion(trueFalse).map((t) => t.field)).toEqual(["prompt", "explanation"]);
    expect(textsOfQuestion(choice).map((t) => [t.field, t.kind])).toEqual([
      ["prompt", "prompt"],
      ["options[0]", "option"],
      ["options[1]", "option"],
      ["explanation", "explanation"],
    ]);
  });

  it("tags each problem with the question id, template, field and text", () => {
    const problems = lintQuestion(choice, context);
    expect(problems.map((p) => [p.field, p.rule])).toEqual([
      ["prompt", "prompt-end"],
      ["options[1]", "repeated-word"],
      ["options[1]", "sentence-case"],
    ]);
    expect(problems[0]).toMatchObject({ questionId: "place-governorate-choice-1", template: "place-governorate-choice", text: choice.prompt });
  });

  it("passes a clean question", () => {
    expect(lintQuestion({ ...choice, prompt: "Which governorate is Saraqib in?", options: [{ id: "a", text: "Idlib" }] }, context)).toEqual([]);
    expect(lintQuestion(trueFalse, context)).toEqual([]);
  });

  it("lints every question of a bank and summarises the problems", () => {
    const problems = lintBank({ questions: [choice, matching, trueFalse] }, context);
    expect(new Set(problems.map((p) => p.questionId))).toEqual(new Set([choice.id, matching.id]));
    const summary = formatProblems(problems, 2);
    expect(summary).toContain(`${problems.length} wording problem(s) in 2 question(s).`);
    expect(summary).toMatch(/placeholder\s+1\s+templates: event-place-matching 1/);
    expect(summary).toContain("One example per rule:");
    expect(summary).toContain("event-place-matching-1 [event-place-matching] explanation source-number:");
    const first = summary.split("First 2:")[1] ?? "";
    expect(first).toContain("place-governorate-choice-1 [place-governorate-choice] prompt prompt-end:");
    expect(first).toContain("place-governorate-choice-1 [place-governorate-choice] options[1] repeated-word:");
    expect(first).not.toContain("event-place-matching-1");
    expect(formatProblems([])).toBe("no wording problems");
  });
});

// Last in the file, so it runs after every rule's tests.
describe("coverage of the rule list", () => {
  it("has a failing example for every rule", () => {
    expect(WORDING_RULES.filter((r) => !exercised.has(r))).toEqual([]);
  });
});
