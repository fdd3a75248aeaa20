/**
 * A question kind: one rule that turns part of the knowledge base into
 * questions. Each kind lives in its own file, says what it asks and leaves the
 * building of the question to `build-question.ts` (the campaign kinds share
 * `campaign-question.ts`); adding a kind means one new file, one line in
 * `registry.ts` and its test.
 */
import type { GeneratorContext, QuestionDraft } from "../generators/context";
import { inSentence } from "../generators/forces/shared";
import { listInSentence } from "../../text/list-in-sentence";

export { listInSentence };

export interface QuestionKind {
  /** The template name every question of this kind carries, e.g. "campaign-belligerents". */
  template: string;
  /** One sentence: what the kind asks, for docs and test names. */
  asks: string;
  generate(ctx: GeneratorContext): QuestionDraft[];
}


/** A force's name as the knowledge base writes it (ranks stay in the explanation's source, not the option). */
export function forceName(ctx: GeneratorContext, id: string): string {
  return ctx.forceById.get(id)?.name ?? id;
}

/** Forces' names in a sentence, each with its article where it takes one: "the Free Syrian Army and Ahrar ash-Sham". */
export function forcesInSentence(ctx: GeneratorContext, ids: readonly string[]): string {
  return listInSentence(
    ids.map((id) => {
      const force = ctx.forceById.get(id);
      return force ? inSentence(force) : id;
    }),
  );
}
