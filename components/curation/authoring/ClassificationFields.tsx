import { SelectField } from "@/components/ui/FormField";
import { QUESTION_CATEGORIES, SKILLS } from "@/lib/questions/types";
import { CATEGORY_LABELS, SKILL_LABELS } from "@/lib/taxonomy";
import styles from "./Authoring.module.css";

const CATEGORY_OPTIONS = QUESTION_CATEGORIES.map((category) => ({ value: category, label: CATEGORY_LABELS[category] }));
const SKILL_OPTIONS = SKILLS.map((skill) => ({ value: skill, label: SKILL_LABELS[skill] }));
const DIFFICULTY_OPTIONS = [
  { value: "1", label: "1: a headline fact" },
  { value: "2", label: "2: needs the detail" },
  { value: "3", label: "3: close choices or several facts" },
];

type Classification = { category: string; skill: string; difficulty: string };

/** A question's category, skill and difficulty side by side: one written question's, or an import's defaults. */
export function ClassificationFields({
  values,
  errors = {},
}: {
  values: Classification;
  errors?: Partial<Record<keyof Classification, string>>;
}) {
  return (
    <div className={styles.columns}>
      <SelectField id="category" label="Category" value={values.category} error={errors.category} options={CATEGORY_OPTIONS} />
      <SelectField id="skill" label="Skill" value={values.skill} error={errors.skill} options={SKILL_OPTIONS} />
      <SelectField
        id="difficulty"
        label="Difficulty"
        value={values.difficulty}
        error={errors.difficulty}
        options={DIFFICULTY_OPTIONS}
      />
    </div>
  );
}
