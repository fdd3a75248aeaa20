import { randomInt } from "node:crypto";

/** No 0/O or 1/I/L: codes are read aloud and typed from a projector. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/**
 * 31^8 ≈ 8.5 × 10^11 codes: with the join throttle (lib/accounts/login-throttle.ts) guessing any
 * open class is hopeless (docs/decisions/009-sign-in-and-join-throttling.md). Six characters
 * (8.9 × 10^8) were too few once accounts are free to make.
 */
export const JOIN_CODE_LENGTH = 8;
/** Codes made before the change to 8 keep working until the teacher makes a new one. */
const ACCEPTED_JOIN_CODE_LENGTHS: readonly number[] = [6, JOIN_CODE_LENGTH];

export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Upper case, without the spaces and dashes people type between groups. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** Whether a normalized code has a length some class's code may have (so it is worth looking up). */
export function hasJoinCodeLength(normalized: string): boolean {
  return ACCEPTED_JOIN_CODE_LENGTHS.includes(normalized.length);
}
