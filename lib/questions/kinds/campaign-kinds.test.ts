/** The campaign kinds' questions, one row per kind: what each kind's questions must show about their campaign. */
import { describe, expect, it } from "vitest";
import type { Campaign } from "../../content/schema";
import { formatDate } from "../../content/dates";
import { mentionsAny, SIDE_LABELS, type QuestionDraft } from "../generators/context";
import { campaignBackers } from "./campaign-backers";
import { campaignBelligerents } from "./campaign-belligerents";
import { campaignCommanders } from "./campaign-commanders";
import { campaignDates } from "./campaign-dates";
import { campaignResult } from "./campaign-result";
import { campaignTarget } from "./campaign-target";
import { campaignCaptor, campaignTerritory } from "./campaign-territory";
import { campaignUnits } from "./campaign-units";
import { forceName, type QuestionKind } from "./kind";
import { ctx, kb, keyTexts, run, wrongTexts } from "./test-support";

const forceNames = (ids: readonly string[]) => ids.map((id) => forceName(ctx, id));

/** "Which of these did …": every key is listed for the campaign, and no wrong option is. */
function expectKeysListedWrongNot(q: QuestionDraft, listed: readonly string[]) {
  for (const key of keyTexts(q)) expect(listed, q.id).toContain(key);
  for (const wrong of wrongTexts(q)) expect(listed, q.id).not.toContain(wrong);
}

const KIND_CASES: {
  kind: QuestionKind;
  rule: string;
  /** The fewest questions the real knowledge base must give. */
  atLeast: number;
  check: (q: QuestionDraft, campaign: Campaign) => void;
}[] = [
  {
    kind: campaignBelligerents,
    rule: "marks exactly the side's listed belligerents, and offers only groups from other fighting as wrong",
    atLeast: 1,
    check(q, campaign) {
      const everyone = forceNames(campaign.sides.flatMap((s) => [...s.belligerents, ...s.units, ...s.commanders]));
      const side = campaign.sides.find((s) => forceNames(s.belligerents).some((name) => keyTexts(q).includes(name)))!;
      expect(keyTexts(q).sort()).toEqual(forceNames(side.belligerents.slice(0, 4)).sort());
      for (const wrong of wrongTexts(q)) expect(everyone, q.id).not.toContain(wrong);
    },
  },
  {
    kind: campaignCommanders,
    rule: "keys are the side's commanders; wrong options led elsewhere, never in this campaign",
    atLeast: 1,
    check: (q, campaign) => expectKeysListedWrongNot(q, forceNames(campaign.sides.flatMap((s) => s.commanders))),
  },
  {
    kind: campaignUnits,
    rule: "keys are units of the campaign; wrong options are units named only in other campaigns",
    atLeast: 1,
    check: (q, campaign) =>
      expectKeysListedWrongNot(q, forceNames(campaign.sides.flatMap((s) => [...s.units, ...s.belligerents]))),
  },
  {
    kind: campaignDates,
    rule: "asks when each campaign began and ended, with the true date as the key, and neither the options' form nor the campaign's name gives it away",
    atLeast: 5,
    check(q, campaign) {
      const spec = q.prompt.endsWith("begin?") ? campaign.start : campaign.end;
      expect(keyTexts(q)).toEqual([formatDate(spec)]);
      expect(wrongTexts(q)).toHaveLength(3);
      const options = [...keyTexts(q), ...wrongTexts(q)];
      // The same day of the month (or the same part of a month) in every option: "29 August" among "28 July"s stands out.
      expect(new Set(options.map((text) => text.replace(/[A-Z][a-z]+ \d{4}$/, ""))).size, q.id).toBe(1);
      // "The battle for Harem in late 2012": no option in 2013. "The February–July 2012 clashes": their start is not asked.
      const namedYears = campaign.inSentence.match(/\b\d{4}\b/g) ?? [];
      for (const text of options) if (namedYears.length > 0) expect(namedYears, q.id).toContain(text.slice(-4));
      expect(campaign.inSentence, q.id).not.toContain(/([A-Z][a-z]+) \d{4}/.exec(keyTexts(q)[0]!)?.[1] ?? "no month");
    },
  },
  {
    kind: campaignResult,
    rule: "asks who came out ahead, keyed to the documents' result, with the result in the feedback, never when the name tells it",
    atLeast: 4,
    check(q, campaign) {
      const key = keyTexts(q)[0]!;
      if (campaign.result.winner === "none") expect(key).toMatch(/^Neither side/);
      else expect(key).toBe(SIDE_LABELS[campaign.result.winner]);
      expect(q.explanation).toContain(campaign.result.text);
      // "Which side came out ahead in the rebel capture of …?" would answer itself.
      expect(q.prompt, q.id).not.toMatch(/\b(capture|retook|took|seized|overran)\b/);
    },
  },
  {
    kind: campaignTerritory,
    rule: "keys are places the side took in the campaign; wrong options are not",
    atLeast: 1,
    check: (q, campaign) => expectKeysListedWrongNot(q, campaign.territory.map((t) => ctx.placeById.get(t.place)!.name)),
  },
  {
    kind: campaignCaptor,
    rule: "credits the named groups the documents credit, never a group of the same change as wrong",
    atLeast: 1,
    check(q, campaign) {
      const change = campaign.territory.find(
        (t) => q.refs.places.includes(t.place) && t.forces.length > 0 && keyTexts(q).includes(ctx.forceById.get(t.forces[0]!)!.name),
      )!;
      expect(keyTexts(q).sort()).toEqual(forceNames(change.forces.slice(0, 3)).sort());
      for (const wrong of wrongTexts(q)) expect(forceNames(change.forces)).not.toContain(wrong);
      // The stem tells the change as a sentence ("say retook Ariha on 11 August 2012"), not as a bracketed date;
      // a capture the documents know only from its captors is asked as their claim.
      if (change.claimed) expect(q.prompt, q.id).toMatch(/ claimed to have (taken|retaken|besieged) /);
      else expect(q.prompt, q.id).toMatch(/do the sources say (took|retook|seized|captured|\w+) /);
      expect(q.prompt, q.id).not.toMatch(/\(|credit with the move/);
    },
  },
  {
    kind: campaignBackers,
    rule: "matches each outside state to the side the documents say it backed",
    atLeast: kb.campaigns.some((c) => c.sides.filter((s) => s.backers.length).length >= 2) ? 1 : 0,
    check(q, campaign) {
      if (q.type !== "matching") throw new Error("expected matching");
      for (const side of campaign.sides)
        for (const backer of side.backers) {
          const premise = q.premises.find((p) => p.text === forceName(ctx, backer))!;
          const option = q.options.find((o) => o.id === q.answer.pairs[premise.id])!;
          expect(option.text).toBe(SIDE_LABELS[side.side]);
        }
    },
  },
];

for (const { kind, rule, atLeast, check } of KIND_CASES)
  describe(kind.template, () => {
    it(rule, () => {
      const questions = run(kind);
      expect(questions.length).toBeGreaterThanOrEqual(atLeast);
      for (const q of questions) {
        const campaign = kb.campaigns.find((c) => q.prompt.includes(c.inSentence));
        expect(campaign, q.prompt).toBeDefined();
        check(q, campaign!);
      }
    });
  });

describe("campaign-target", () => {
  const questions = run(campaignTarget);

  it("asks each objective place once, typed from the documents' description of it and the fighting's dates", () => {
    expect(questions.length).toBeGreaterThanOrEqual(3);
    const asked = new Set<string>();
    for (const q of questions) {
      if (q.type !== "typed") throw new Error("expected typed");
      const campaign = kb.campaigns.find((c) => c.target?.place === q.refs.places[0] && q.prompt.startsWith(c.target!.text))!;
      expect(campaign, q.prompt).toBeDefined();
      const place = ctx.placeById.get(campaign.target!.place!)!;
      expect(q.answer.text).toBe(place.name);
      expect(asked.has(place.id), place.id).toBe(false);
      asked.add(place.id);
      // Never the campaign's name, which names the place; never any accepted answer.
      for (const c of kb.campaigns) expect(q.prompt).not.toContain(c.inSentence);
      expect(mentionsAny(q.prompt, q.accept), q.prompt).toBe(false);
    }
  });

  it("accepts every spelling of the place, Arabic script included, and a base by its town's name", () => {
    const maarat = questions.find((q) => q.type === "typed" && q.answer.text === "Maarat al-Numan");
    if (maarat?.type !== "typed") throw new Error("expected the Maarat al-Numan question");
    expect(maarat.accept).toEqual(expect.arrayContaining(["Maarrat al-Nu'man", "Maaret al-Numan", "معرة النعمان"]));
    const taftanaz = questions.find((q) => q.type === "typed" && q.answer.text === "Taftanaz airbase");
    if (taftanaz?.type !== "typed") throw new Error("expected the Taftanaz airbase question");
    expect(taftanaz.accept).toContain("Taftanaz");
  });

  it("leaves out a place its description names, and a target that is no single place", () => {
    const places = questions.map((q) => q.refs.places[0]);
    expect(places).not.toContain("idlib-central-prison");
    expect(questions.some((q) => q.prompt.startsWith("The gateways"))).toBe(false);
  });
});

describe("options a campaign's name answers", () => {
  it("offers no place, unit or group named after a place the campaign's name names", () => {
    // "Maarat al-Numan" as a key of "which places did the rebels take in the October 2012 battle for
    // Maarat al-Numan?", or "the armoured regiment at Wadi Deif" in the siege of the Wadi Deif base.
    const asked = [campaignTerritory, campaignUnits, campaignBelligerents, campaignCommanders].flatMap(run);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const campaign = kb.campaigns.find((c) => q.prompt.includes(c.inSentence))!;
      const spellings = [...ctx.placeById.values()]
        .map((p) => [p.name, ...p.aliases].filter((s) => s.length > 3).map((s) => s.toLowerCase()))
        .filter((names) => names.some((s) => campaign.inSentence.toLowerCase().replace(/\S+ governorate/g, "").includes(s)))
        .flat();
      for (const option of [...keyTexts(q), ...wrongTexts(q)])
        for (const spelling of spellings) expect(option.toLowerCase(), `${q.id}: ${option}`).not.toContain(spelling);
    }
  });

  it("never makes the army and the air force, which fought nearly everywhere, the keys of a units question", () => {
    const questions = run(campaignUnits);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions)
      for (const branch of ["Syrian Army", "Syrian Air Force", "Syrian Armed Forces"]) expect(keyTexts(q), q.id).not.toContain(branch);
  });
});

describe("campaign-territory's wrong places", () => {
  it("come from the keys' own governorate when it has enough: no Aleppo town among the Idlib clashes' gains", () => {
    const idlib = run(campaignTerritory).filter((q) => q.prompt.includes("the Idlib Governorate clashes"));
    expect(idlib.length).toBeGreaterThan(0);
    for (const q of idlib)
      for (const wrong of wrongTexts(q)) {
        const place = [...ctx.placeById.values()].find((p) => p.name === wrong);
        expect(place?.governorate, `${q.id}: ${wrong}`).toBe("Idlib");
      }
  });
});
