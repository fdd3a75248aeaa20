/**
 * A guest's nickname: cleaned like every name in the app (lib/text/clean-text.ts), one line, short,
 * and refused when it holds an abusive word. The word list is obscenity's English set (maintained,
 * no dependencies), with its transformers, so capitals and leet spellings are caught too; it runs
 * on the server at join, and the join form may use it to warn early.
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import { z } from "zod";
import { cleanTextSchema } from "../text/clean-text";

export const MAX_NICKNAME_LENGTH = 24;

let matcher: RegExpMatcher | null = null;
function abuseMatcher(): RegExpMatcher {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return matcher;
}

export const NicknameSchema = cleanTextSchema({ field: "Your nickname" }, "Enter a nickname.")
  .min(2, "Your nickname needs at least 2 characters.")
  .max(MAX_NICKNAME_LENGTH, `Keep your nickname to ${MAX_NICKNAME_LENGTH} characters.`)
  .refine((nickname) => !abuseMatcher().hasMatch(nickname), "Choose another nickname: this one is not allowed here.")
  // Collapsed spaces, so "A   B" and "A B" look alike on the leaderboard.
  .transform((nickname) => nickname.replace(/\s+/g, " "));

export type Nickname = z.infer<typeof NicknameSchema>;
