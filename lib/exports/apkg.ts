/**
 * Anki packages (.apkg): a zip holding `collection.anki2` (an SQLite database in Anki's schema 11,
 * which every Anki version still imports) and a `media` map. No maintained writer exists on npm
 * (docs/decisions/016-exports.md), so the collection is written with better-sqlite3 into a
 * temporary file and zipped with yazl, which streams the file from disk.
 *
 * One "Basic" note per card: Front and Back fields, both HTML as Anki stores them, so the text
 * is HTML-escaped and line breaks become <br>.
 */
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { escapeHtml } from "./gift";

export interface AnkiCard {
  /** Stable: the note's guid comes from it, so importing again updates instead of duplicating. */
  id: string;
  /** HTML. */
  front: string;
  /** HTML. */
  back: string;
}

/** Plain text → Anki field HTML. */
export function ankiHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n?|\n/g, "<br>");
}

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

function deckJson(id: number, name: string, description: string, nowSeconds: number) {
  return {
    id,
    name,
    desc: description,
    mod: nowSeconds,
    usn: -1,
    collapsed: false,
    browserCollapsed: false,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
    dyn: 0,
    conf: 1,
    extendNew: 10,
    extendRev: 50,
  };
}

const DECK_OPTIONS = {
  1: {
    id: 1,
    name: "Default",
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
    lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 100 },
  },
};

function stableNumber(text: string, digits: number): number {
  return Number.parseInt(createHash("sha1").update(text).digest("hex").slice(0, digits), 16);
}

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the sort field, without HTML. */
function checksum(sortField: string): number {
  return stableNumber(sortField.replace(/<[^>]*>/g, ""), 8);
}

/** Writes the collection into `file` (a new SQLite database). */
export function writeAnkiCollection(file: string, deckName: string, description: string, cards: readonly AnkiCard[], now = new Date()): void {
  const nowMs = now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  // Ids of our deck and note type are derived from the deck name, so a re-import updates the same deck.
  const deckId = 1_500_000_000_000 + (stableNumber(`deck:${deckName}`, 10) % 100_000_000_000);
  const modelId = 1_500_000_000_000 + (stableNumber(`model:${deckName}`, 10) % 100_000_000_000);
  const model = {
    id: modelId,
    name: "Idlib and Aleppo study card",
    type: 0,
    mod: nowSeconds,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [{ name: "Card 1", ord: 0, qfmt: "{{Front}}", afmt: "{{FrontSide}}<hr id=answer>{{Back}}", did: null, bqfmt: "", bafmt: "" }],
    flds: ["Front", "Back"].map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })),
    css: ".card { font-family: Arial, sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }",
    latexPre: "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    tags: [],
    vers: [],
    req: [[0, "any", [0]]],
  };
  const conf = { nextPos: cards.length + 1, estTimes: true, activeDecks: [deckId], sortType: "noteFld", timeLim: 0, sortBackwards: false, addToCur: true, curDeck: deckId, newBury: true, newSpread: 0, dueCounts: true, curModel: String(modelId), collapseTime: 1200 };
  const decks = {
    1: deckJson(1, "Default", "", nowSeconds),
    [deckId]: deckJson(deckId, deckName.replace(/::/g, ":"), description, nowSeconds),
  };

  const db = new Database(file);
  try {
    db.pragma("journal_mode = DELETE");
    db.exec(SCHEMA);
    db.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')").run(
      Math.floor(nowSeconds / 86400) * 86400,
      nowMs,
      nowMs,
      JSON.stringify(conf),
      JSON.stringify({ [modelId]: model }),
      JSON.stringify(decks),
      JSON.stringify(DECK_OPTIONS),
    );
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, '', ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    db.transaction(() => {
      cards.forEach((card, index) => {
        const id = nowMs + index;
        const guid = createHash("sha1").update(card.id).digest("base64").slice(0, 10);
        insertNote.run(id, guid, modelId, nowSeconds, `${card.front}\x1f${card.back}`, card.front, checksum(card.front));
        insertCard.run(id, id, deckId, nowSeconds, index + 1);
      });
    })();
  } finally {
    db.close();
  }
}

/** The .apkg as a stream; the temporary collection is deleted once the zip has been read. */
export function ankiPackageStream(deckName: string, description: string, cards: readonly AnkiCard[]): Readable {
  const dir = mkdtempSync(join(tmpdir(), "anki-export-"));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  try {
    const collection = join(dir, "collection.anki2");
    writeAnkiCollection(collection, deckName, description, cards);
    const zip = new ZipFile();
    zip.addFile(collection, "collection.anki2");
    zip.addBuffer(Buffer.from("{}"), "media");
    zip.end();
    const stream = zip.outputStream as unknown as Readable;
    stream.once("end", cleanUp);
    stream.once("close", cleanUp);
    stream.once("error", cleanUp);
    return stream;
  } catch (error) {
    cleanUp();
    throw error;
  }
}
