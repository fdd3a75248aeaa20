import { describe, expect, it } from "vitest";
import { matchTypedAnswer, normalizeAnswer, TYPO_MIN_LENGTH, withinOneTypo } from "./answer-matching";

const MAARAT = ["Maarat al-Numan", "Ma'arrat al-Nu'man", "Maarrat an-Numan", "معرة النعمان"];
const BAB_AL_HAWA = ["Bab al-Hawa"];
const JISR = ["Jisr al-Shughur"];

/** Normalised length without spaces: what TYPO_MIN_LENGTH is compared with. */
const letters = (s: string) => normalizeAnswer(s).replace(/ /g, "").length;

describe("matchTypedAnswer: spelling variants a student may type", () => {
  it("ignores case", () => {
    expect(matchTypedAnswer("MAARAT AL-NUMAN", MAARAT)).toEqual({ matched: true, matchedForm: "Maarat al-Numan", typo: false });
    expect(matchTypedAnswer("saraqib", ["Saraqib"]).matched).toBe(true);
  });

  it("ignores diacritics", () => {
    expect(matchTypedAnswer("Ma‘arrat al-Nu‘mān", MAARAT)).toEqual({ matched: true, matchedForm: "Ma'arrat al-Nu'man", typo: false });
    expect(matchTypedAnswer("Taftanāz", ["Taftanaz"])).toEqual({ matched: true, matchedForm: "Taftanaz", typo: false });
    expect(matchTypedAnswer("Khān Shaykhūn", ["Khan Shaykhun"]).typo).toBe(false);
  });

  it.each([
    ["ʿ", "Maʿarrat al-Nuʿman"],
    ["’", "Ma’arrat al-Nu’man"],
    ["'", "Ma'arrat al-Nu'man"],
    ["`", "Ma`arrat al-Nu`man"],
  ])("ignores the %s mark", (_mark, typed) => {
    expect(matchTypedAnswer(typed, MAARAT)).toEqual({ matched: true, matchedForm: "Ma'arrat al-Nu'man", typo: false });
  });

  it.each(["Bab al Hawa", "bab-al-hawa", "Bab el-Hawa", "Bab al-Hawa", "Bab Hawa"])(
    "treats hyphens, spaces and article spellings alike: %s",
    (typed) => {
      expect(matchTypedAnswer(typed, BAB_AL_HAWA)).toEqual({ matched: true, matchedForm: "Bab al-Hawa", typo: false });
    },
  );

  it("forgives a missing space on a long name, as one typo", () => {
    expect(matchTypedAnswer("Khanshaykhun", ["Khan Shaykhun"])).toEqual({ matched: true, matchedForm: "Khan Shaykhun", typo: true });
  });

  it("treats al-, el-, an- and ash- as the same article", () => {
    for (const typed of ["Jisr ash-Shughur", "Jisr as-Shughur", "Jisr ash Shughur", "jisr shughur"]) {
      expect(matchTypedAnswer(typed, JISR)).toEqual({ matched: true, matchedForm: "Jisr al-Shughur", typo: false });
    }
    expect(matchTypedAnswer("Maarrat al-Numan", ["Maarrat an-Numan"])).toEqual({ matched: true, matchedForm: "Maarrat an-Numan", typo: false });
    expect(matchTypedAnswer("Maarat el Numan", MAARAT).typo).toBe(false);
  });

  it("ignores a leading 'the', surrounding punctuation and & for 'and'", () => {
    expect(matchTypedAnswer("The Bab al-Hawa", BAB_AL_HAWA).typo).toBe(false);
    expect(matchTypedAnswer('"Saraqib!"', ["Saraqib"]).typo).toBe(false);
    expect(matchTypedAnswer("(Azaz)?", ["Azaz"]).matched).toBe(true);
    expect(matchTypedAnswer("Idlib & Aleppo", ["Idlib and Aleppo"])).toEqual({ matched: true, matchedForm: "Idlib and Aleppo", typo: false });
  });

  it("prefers an exact match over a one-typo match with an earlier form", () => {
    // "maarrat numan" is one edit from the first form and equal to the second.
    expect(matchTypedAnswer("Maarrat an Numan", MAARAT)).toEqual({ matched: true, matchedForm: "Ma'arrat al-Nu'man", typo: false });
  });
});

describe("matchTypedAnswer: Arabic script", () => {
  it("matches with or without harakat and tatweel", () => {
    for (const typed of ["معرة النعمان", "مَعَرَّةُ النُّعْمَانِ", "مـعـرة الـنـعـمـان"]) {
      expect(matchTypedAnswer(typed, MAARAT)).toEqual({ matched: true, matchedForm: "معرة النعمان", typo: false });
    }
  });

  it("matches alef variants, ة/ه and ى/ي, and with or without the article", () => {
    for (const typed of ["اعزاز", "إعزاز", "آعزاز"]) {
      expect(matchTypedAnswer(typed, ["Azaz", "أعزاز"])).toEqual({ matched: true, matchedForm: "أعزاز", typo: false });
    }
    expect(matchTypedAnswer("معره النعمان", MAARAT).matched).toBe(true);
    expect(matchTypedAnswer("معرة نعمان", MAARAT).matched).toBe(true);
    expect(matchTypedAnswer("باب الهوي", ["باب الهوى"]).matched).toBe(true);
  });

  it("forgives no typo in Arabic", () => {
    expect(matchTypedAnswer("معرة النعمام", MAARAT).matched).toBe(false);
    expect(matchTypedAnswer("جسر الشغوز", ["جسر الشغور"]).matched).toBe(false);
  });
});

describe("matchTypedAnswer: typos", () => {
  it("the long-name examples really are long enough", () => {
    expect(TYPO_MIN_LENGTH).toBe(7);
    expect(letters("Taftanaz")).toBe(8);
    expect(letters("Saraqib")).toBe(7); // exactly at the threshold
    expect(letters("Bab al-Hawa")).toBe(7); // the space does not count
    expect(letters("Jisr al-Shughur")).toBe(11);
    expect(letters("Azaz")).toBe(4);
  });

  it.each([
    ["substitution", "Sarakib", ["Saraqib"]],
    ["insertion", "Taftanaaz", ["Taftanaz"]],
    ["deletion", "Taftanz", ["Taftanaz"]],
    ["transposition", "Saraqbi", ["Saraqib"]],
    ["deletion in a two-word name", "Jisr al-Shugur", JISR],
    ["substitution at the threshold, space not counted", "Bab al-Hiwa", BAB_AL_HAWA],
  ])("accepts one %s on a long name", (_kind, typed, accepted) => {
    expect(matchTypedAnswer(typed, accepted)).toEqual({ matched: true, matchedForm: accepted[0], typo: true });
  });

  it("returns the accepted form the typo is closest to", () => {
    expect(matchTypedAnswer("Maarat al-Numam", MAARAT)).toEqual({ matched: true, matchedForm: "Maarat al-Numan", typo: true });
  });

  it("rejects two typos", () => {
    expect(matchTypedAnswer("Taftnz", ["Taftanaz"]).matched).toBe(false);
    expect(matchTypedAnswer("Sraqbi", ["Saraqib"]).matched).toBe(false);
    expect(matchTypedAnswer("Jisr al-Shugor", JISR).matched).toBe(false);
  });

  it("rejects a typo on a short name", () => {
    expect(matchTypedAnswer("Azas", ["Azaz"])).toEqual({ matched: false, typo: false });
    expect(matchTypedAnswer("Hosh", ["Hish"]).matched).toBe(false);
    expect(matchTypedAnswer("Salqim", ["Salqin"]).matched).toBe(false); // 6 letters
  });

  it("rejects a different place one edit away from a short name", () => {
    // al-Rai and al-Rami are both in the gazetteer: "rai" and "rami".
    expect(matchTypedAnswer("al-Rami", ["al-Rai", "Ar Ra'i"]).matched).toBe(false);
    expect(matchTypedAnswer("Rai", ["al-Rami", "Rami"]).matched).toBe(false);
  });
});

describe("matchTypedAnswer: answers that never match", () => {
  it.each(["", "   ", "\t\n", "-", "'", "the"])("rejects %j", (typed) => {
    expect(matchTypedAnswer(typed, ["Saraqib", "سراقب"])).toEqual({ matched: false, typo: false });
  });

  it("does not match an empty answer against a form that normalises to nothing", () => {
    expect(matchTypedAnswer(" ", ["", "()", "Azaz"]).matched).toBe(false);
  });

  it("rejects responses over 200 characters even if they would normalise to a match", () => {
    expect(matchTypedAnswer(`Saraqib${" ".repeat(193)}`, ["Saraqib"]).matched).toBe(true);
    expect(matchTypedAnswer(`Saraqib${" ".repeat(194)}`, ["Saraqib"]).matched).toBe(false);
  });
});

describe("normalizeAnswer", () => {
  it.each([
    ["  Ma‘arrat   al-Nu‘mān ", "maarrat numan"],
    ["The Bab al-Hawa!", "bab hawa"],
    ["Idlib & Aleppo", "idlib and aleppo"],
    ["مَعَرَّةُ النُّعْمَانِ", "معره نعمان"],
    ["أَعْزَاز", "اعزاز"],
    ["الباب", "باب"],
    ["الا", "الا"], // the article goes only if two letters remain
    [" \t ", ""],
  ])("gives the forms the matcher compares: %j → %j", (typed, normalised) => {
    expect(normalizeAnswer(typed)).toBe(normalised);
  });

  it("is idempotent", () => {
    const samples = [
      ...MAARAT,
      "Maʿarrat al-Nuʿmān",
      "Ma´arrat an-Nu´man",
      "Mo’aret-Nu’man",
      "al-Ma'arra",
      "The Bab al-Hawa border crossing",
      "bab-al-hawa",
      "Jisr ash-Shughur",
      "Khān Shaykhūn",
      "Idlib & Aleppo",
      "the the Saraqib",
      "the",
      "al",
      "al-as",
      "(Azaz)?",
      "Ｓａｒａｑｉｂ",
      "al‑Bab",
      "M4/M5 junction at Saraqib",
      "مَعَرَّةُ النُّعْمَانِ",
      "مـعـرة الـنـعـمـان",
      "إدلب",
      "الالتزام",
      "أبو الظهور",
      "ﻣﻌﺮﺓ",
      "Saraqib، سراقب",
      "al-Bab،",
      "",
      "   ",
    ];
    for (const s of samples) {
      const once = normalizeAnswer(s);
      expect(normalizeAnswer(once), JSON.stringify(s)).toBe(once);
    }
  });
});

describe("withinOneTypo", () => {
  it.each([
    ["saraqib", "saraqib", true],
    ["", "", true],
    ["", "a", true],
    ["saraqib", "sarakib", true], // substitution
    ["saraqib", "saraqibb", true], // insertion at the end
    ["saraqib", "ssaraqib", true], // insertion at the start
    ["taftanaz", "taftanz", true], // deletion
    ["saraqib", "saraqbi", true], // adjacent swap
    ["saraqib", "asraqib", true], // adjacent swap at the start
    ["ab", "ba", true],
    ["khan shaykhun", "khanshaykhun", true], // a space is a character
    ["باب", "بات", true], // code points, any script
    ["saraqib", "sbraqia", false], // non-adjacent swap
    ["taftanaz", "taftnz", false], // two deletions
    ["saraqib", "sarakeb", false], // two substitutions
    ["abc", "ca", false],
    ["azaz", "azazaz", false],
  ])("%j vs %j → %s", (a, b, expected) => {
    expect(withinOneTypo(a, b)).toBe(expected);
    expect(withinOneTypo(b, a)).toBe(expected);
  });
});

describe("numbers in names", () => {
  it("never forgives a typo that changes a number", () => {
    expect(matchTypedAnswer("M5 highway", ["M4 highway"]).matched).toBe(false);
    expect(matchTypedAnswer("17th Division", ["18th Division"]).matched).toBe(false);
    expect(matchTypedAnswer("M4 higway", ["M4 highway"])).toMatchObject({ matched: true, typo: true });
  });

  it("drops the esh- article form like al-", () => {
    expect(matchTypedAnswer("Jisr esh-Shughur", ["Jisr al-Shughur"])).toMatchObject({ matched: true, typo: false });
  });
});
