import type { ExportReport } from "@/lib/exports/shared";
import styles from "./Exports.module.css";
import { FORMAT_DESCRIPTIONS } from "./format-descriptions";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";

/** Left-out questions grouped under their reason, so a reason shared by many is said once. */
function byReason(leftOut: ExportReport["leftOut"]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const item of leftOut) groups.set(item.reason, [...(groups.get(item.reason) ?? []), item.prompt]);
  return [...groups];
}

function questions(count: number): string {
  return `${count} question${count === 1 ? "" : "s"}`;
}

/**
 * "Export": one download link per format, what the target tool keeps, and the report of what the
 * export leaves out and why (computed on the server before the file is asked for). No client
 * JavaScript: a <details> element opens and closes with the keyboard as it is.
 */
export function ExportMenu({ name, baseHref, reports }: { name: string; baseHref: string; reports: readonly ExportReport[] }) {
  return (
    <details className={styles.menu}>
      <summary>
        Export<VisuallyHidden> {name}</VisuallyHidden>
      </summary>
      <ul className={styles.formats}>
        {reports.map((report) => {
          const description = FORMAT_DESCRIPTIONS[report.format];
          return (
            <li key={report.format}>
              <a href={`${baseHref}/${report.format}`} download aria-label={`Download ${name} for ${description.label}`}>
                {description.label}
              </a>
              <p className="hint">{description.keeps}</p>
              <p className={styles.report}>
                {questions(report.exported)} exported
                {report.leftOut.length > 0 ? `; ${report.leftOut.length} left out` : ""}.
              </p>
              {report.leftOut.length > 0 ? (
                <details className={styles.leftOut}>
                  <summary>Why {report.leftOut.length === 1 ? "one question was" : `${report.leftOut.length} questions were`} left out</summary>
                  <ul>
                    {byReason(report.leftOut).map(([reason, prompts]) => (
                      <li key={reason}>
                        {reason} ({questions(prompts.length)})
                        <ul>
                          {prompts.map((prompt, i) => (
                            <li key={i}>{prompt}</li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
