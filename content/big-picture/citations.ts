/**
 * Citation shorthands for the big-picture files: one constant per document
 * section, so a citation reads as the section it points at.
 */
const c = (doc: string, section: string) => ({ doc, section });

export const MAARAT = "000_4e18d6cfd8d74cdd.txt";
export const WADI_DEIF = "001_44796f8d6eb24ddf.txt";
export const IDLIB = "002_475e68448c0becbd.txt";
export const RECAPTURE = "003_5871927fd6ea0161.txt";
export const ALEPPO = "004_27c65858f98fc532.txt";

export const maarat = {
  infobox: c(MAARAT, "infobox"),
  lead: c(MAARAT, "lead"),
  offensive: c(MAARAT, "Rebel offensive"),
  counter: c(MAARAT, "Military counter-attack and Wadi Deif siege"),
  aftermath: c(MAARAT, "Aftermath"),
};
export const wadiDeif = { excerpts: c(WADI_DEIF, "excerpts") };
export const idlib = {
  lead: c(IDLIB, "lead"),
  jun2012: c(IDLIB, "June 2012"),
  jul2012: c(IDLIB, "July 2012"),
  aug2012: c(IDLIB, "August 2012"),
  sep2012: c(IDLIB, "September 2012"),
  oct2012: c(IDLIB, "October 2012"),
  nov2012: c(IDLIB, "November 2012"),
  dec2012: c(IDLIB, "December 2012"),
  jan2013: c(IDLIB, "January 2013"),
  feb2013: c(IDLIB, "February 2013"),
  apr2013: c(IDLIB, "April 2013"),
};
export const idlibFrontMatter = c(IDLIB, "front matter");
export const recapture = { headline: c(RECAPTURE, "headline"), body: c(RECAPTURE, "body") };
export const aleppo = {
  infobox: c(ALEPPO, "infobox"),
  lead: c(ALEPPO, "lead"),
  background: c(ALEPPO, "Background"),
  bombings: c(ALEPPO, "Bombings"),
  clashes: c(ALEPPO, "Armed clashes"),
  aftermath: c(ALEPPO, "Aftermath"),
};
