/**
 * "Mastery by category": one bar per question category, the same on the student's progress page
 * and on the teacher's page for that student, so both read the figures the same way.
 */
import { BarChart } from "@/components/charts/BarChart";
import { formatMastery, type MasteryFigure } from "@/lib/progress/mastery";
import { CATEGORY_NAMES } from "@/lib/taxonomy";
import type { QuestionCategory } from "@/lib/questions/types";

export function MasteryByCategoryChart({ figures }: { figures: readonly (MasteryFigure & { category: QuestionCategory })[] }) {
  return (
    <BarChart
      title="Mastery by question category"
      showCaption={false}
      data={figures.map((figure) => ({
        label: CATEGORY_NAMES[figure.category],
        value: figure.mastery,
        valueText: `${formatMastery(figure.mastery)} (${figure.answered} of ${figure.available} answered)`,
      }))}
      max={1}
      format={formatMastery}
      labelHeader="Category"
      valueLabel="Mastery (answered of available)"
    />
  );
}
