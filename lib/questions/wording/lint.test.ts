/**
 * The wording lint's rules, each with texts that must fail it and texts that
 * must pass it. The whole-bank run is in ../bank-wording.test.ts.
 */
import { describe, expect, it } from "vitest";
import { optionsOf } from "../test-fixtures";
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

/** A text to lint: an explanation, read with the small knowledge base, unless it says otherwise. */
type Example = string | { text: string; kind: TextKind; ctx?: LintContext };

const prompt = (text: string): Example => ({ text, kind: "prompt" });
const option = (text: string): Example => ({ text, kind: "option" });
/** Without the small knowledge base, so only the lint's built-in lists apply. */
const withDefaults = (text: string, kind: TextKind = "explanation"): Example => ({ text, kind, ctx: DEFAULT_LINT_CONTEXT });

/** For each rule, by behaviour: texts that must break it, and texts that must pass every rule. */
const RULE_EXAMPLES: Record<WordingRule, { fails: Record<string, Example[]>; passes: Record<string, Example[]> }> = {
  empty: {
    fails: { "fails an empty or blank text": ["", option("   ")] },
    passes: { "passes a text with words": [option("Idlib")] },
  },
  "too-long": {
    fails: {
      "fails one character over each limit": [
        prompt(wordOf(MAX_PROMPT_LENGTH + 1, "?")),
        option(wordOf(MAX_OPTION_LENGTH + 1)),
        wordOf(MAX_EXPLANATION_LENGTH + 1),
      ],
    },
    passes: {
      "passes a text exactly at each limit": [
        prompt(wordOf(MAX_PROMPT_LENGTH, "?")),
        option(wordOf(MAX_OPTION_LENGTH)),
        wordOf(MAX_EXPLANATION_LENGTH),
      ],
      "counts characters, not UTF-16 units": [option(`${wordOf(MAX_OPTION_LENGTH - 1, "")}𝔸`)],
    },
  },
  placeholder: {
    fails: {
      "fails ellipses and blanks": [
        prompt("Which town fell…?"),
        prompt("Which town fell...?"),
        prompt("Name the town: rebels take ___ (9 October 2012)."),
        "Rebels take __ in October.",
      ],
    },
    passes: { "passes a complete sentence": [prompt("Which town fell in October 2012?")] },
  },
  "template-leftover": {
    fails: {
      "fails braces": [prompt("Which town did {force} take?"), prompt("Which town did ${force} take?"), "Rebels took the town}."],
    },
    passes: { "passes brackets and dollars that are prose": ["The grant (about $5 million) was paid [in 2012]."] },
  },
  "missing-value": {
    fails: {
      "fails what JavaScript prints for missing values": [
        "Rebels took undefined.",
        "The count was null.",
        "About NaN soldiers died.",
        option("[object Object]"),
      ],
    },
    passes: { "passes words that merely contain them and names": ["The truce was annulled; Nan Jones reported nullified votes."] },
  },
  "source-number": {
    fails: {
      "fails a raw source number in any case": [
        "The count differs: 21 in source 002.",
        "Source 000 counts eight checkpoints.",
        "SOURCE 004 says so.",
        option("source_001 (summary box)"),
      ],
    },
    passes: {
      "passes sources named by title and numbers next to the word sources": [
        "The encyclopedia article “Battle of Maarat al-Numan (2012)” gave 108.",
        "Two sources gave 300 soldiers.",
      ],
    },
  },
  "file-name": {
    fails: {
      "fails seed file names and other file names": [
        "See 002_475e68448c0becbd.txt for details.",
        "From 000_4e18d6cfd8d74cdd, section one.",
        "The list in places.json has it.",
      ],
    },
    passes: { "passes abbreviations and decimals": ["The line ran 0.5 km, e.g. past the base."] },
  },
  "raw-id": {
    fails: {
      "fails lower-case tokens with two or more hyphens": [
        withDefaults("Rebels took wadi-deif-base."),
        withDefaults("2012-10-08-rebels-…", "option"),
        withDefaults("It began on 2012-10-08."),
        withDefaults("The siege-of-wadi-deif set and the year-old-base."),
      ],
      "fails known ids from the knowledge base, even with one hyphen": [
        "Rebels took al-bab in 2012.",
        "Killed: “maarat-battle-2012-soldiers-killed”.",
      ],
    },
    passes: {
      "passes hyphenated names, English compounds and one-word ids": [
        "Al-Nusra, Maarat al-Numan and Tell-Rifaat were rebel-held in 2012.",
        "A hit-and-run raid went door-to-door; state-of-the-art guns were used.",
        "An eight-year-old boy, a twenty-one-year-old soldier and a 40-vehicle-strong column.",
        "The rebels held al-Bab.",
      ],
    },
  },
  "repeated-word": {
    fails: { "fails doubled words": ["Rebels took the the town.", "The the army fell back."] },
    passes: {
      "passes legitimate doubles and single words": ["The rebels had had enough; they said that that town fell.", "Rebels took the town."],
    },
  },
  "unbalanced-quotes": {
    fails: {
      "fails unclosed and unopened quotes": [
        "The report said “rebels won.",
        "The report said rebels won”.",
        'The report said "rebels won.',
        "He called it ‘a victory.",
        "He said “they called it ‘a victory”.",
      ],
      "fails a name that begins with a mark when the knowledge base does not know it": [
        withDefaults("‘Ayn al ‘Arab is the Arabic name of Kobani."),
      ],
    },
    passes: {
      "passes apostrophes, ʿayn marks and balanced quotes": [
        "The army’s base fell to the rebels’ attack at Maarat al-Nu’man and Ma‘arrat.",
        "He said “they called it ‘a victory’” and \"a rout\".",
        "The ’80s were quiet.",
      ],
      "passes names from the knowledge base that begin with a mark": ["‘Ayn al ‘Arab is the Arabic name of Kobani."],
    },
  },
  "unbalanced-brackets": {
    fails: {
      "fails unclosed, unopened and crossed brackets": ["Idlib (in 2012 fell.", "Idlib in 2012) fell.", "Idlib [in (2012] fell)."],
    },
    passes: { "passes nested brackets": ["Idlib clashes (June 2012–April 2013 [first phase]) began."] },
  },
  "sentence-case": {
    fails: {
      "fails prompts and explanations that start in lower case": [
        prompt("which town fell?"),
        "al-Bab is in Aleppo governorate.",
        prompt("“which town fell?”"),
        prompt("True or false: the Syrian Army fought on the side of the government."),
      ],
      "fails options that start with an ordinary lower-case word": [
        option("the encyclopedia article"),
        option("about the town"),
        withDefaults("al-bab", "option"),
      ],
    },
    passes: {
      "passes capitals, digits and an opening quote before one": [
        prompt("Which town fell?"),
        prompt("True or false: Al-Mastumah lies north of Idlib."),
        "2012 ended with the siege.",
        "“Rebels attack” happened first.",
      ],
      "passes options that start with an Arabic article, a quantity or a date": [
        "al-Bab",
        "ash-Sham",
        "el-Faj",
        "at least 40",
        "about 1,100",
        "early January 2020",
        "around 16 July 2012",
        "mid-2012",
      ].map(option),
    },
  },
  "all-caps": {
    fails: {
      "fails long all-capital words that are not acronyms": ["REBELS took the town.", "The BATTLE began."],
      "fails an acronym only the knowledge base knows, without it": [withDefaults("UNSMISX reported.")],
    },
    passes: {
      "passes acronyms from the list and the knowledge base, and short capitals": [
        "SOHR, UNSMIS and UNSMISX reported; the FSA and HTS did not. TIME said so.",
        "SHORT words pass.",
      ],
    },
  },
  "prompt-end": {
    fails: {
      "fails a prompt that ends without ? . or :": [
        prompt("Which town fell"),
        prompt("On the map, mark where this happened: Army storms Salaheddine (21 July 2012)"),
      ],
    },
    passes: {
      "passes ? . : and a closing quote after them": [
        prompt("Which town fell?"),
        prompt("True or false: The town fell."),
        prompt("Put these in order:"),
        prompt("True or false: The report said “the town fell.”"),
      ],
      "leaves options and explanations alone": [option("Saraqib"), "Rebels took Saraqib (2012)"],
    },
  },
  "double-space": {
    fails: { "fails two spaces in a row": ["Rebels took  the town."] },
    passes: { "passes single spaces": ["Rebels took the town."] },
  },
  "edge-space": {
    fails: { "fails leading or trailing whitespace": [" Rebels took the town.", option("Saraqib ")] },
    passes: { "passes trimmed text": [option("Saraqib")] },
  },
  "space-before-punctuation": {
    fails: {
      "fails a space before , . ? ; :": [prompt("Which town fell ?"), "Idlib , Aleppo and Hama.", prompt("True or false : it fell.")],
    },
    passes: { "passes punctuation against its word": ["Idlib, Aleppo and Hama; all fell: in 2012."] },
  },
};

/** Every field of an example, its defaults filled in, as one it.each row. */
const rowsOf = (examples: Example[]) =>
  examples.map((example) =>
    typeof example === "string" ? { text: example, kind: "explanation" as TextKind, ctx: context } : { ctx: context, ...example },
  );

for (const [rule, { fails: failing, passes: passing }] of Object.entries(RULE_EXAMPLES) as [WordingRule, (typeof RULE_EXAMPLES)[WordingRule]][]) {
  describe(rule, () => {
    for (const [behaviour, examples] of Object.entries(failing)) {
      it.each(rowsOf(examples))(`${behaviour}: $text as $kind`, ({ text, kind, ctx }) => fails(rule, text, kind, ctx));
    }
    for (const [behaviour, examples] of Object.entries(passing)) {
      it.each(rowsOf(examples))(`${behaviour}: $text as $kind`, ({ text, kind, ctx }) => passes(text, kind, ctx));
    }
  });
}

describe("length limits", () => {
  it("has limits in a sensible order", () => {
    expect(MAX_OPTION_LENGTH).toBeLessThan(MAX_PROMPT_LENGTH);
    expect(MAX_PROMPT_LENGTH).toBeLessThan(MAX_EXPLANATION_LENGTH);
  });
});

// ---------------------------------------------------------------------------
// Questions and the bank

// Only the fields the lint reads: a real question has more, and more may come.
const choice: LintableQuestion = {
  id: "place-governorate-choice-1",
  template: "place-governorate-choice",
  prompt: "Which governorate is Saraqib in",
  explanation: "Saraqib is in Idlib governorate.",
  options: optionsOf({ a: "Idlib", b: "the the Aleppo" }),
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
