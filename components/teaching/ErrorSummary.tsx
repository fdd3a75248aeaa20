"use client";

import { useEffect, useRef } from "react";

/**
 * The list of problems at the top of a form, each linking to its field. Takes
 * focus when it appears so keyboard and screen-reader users hear it at once.
 */
export function ErrorSummary({
  errors,
  labels,
  fieldIds,
}: {
  errors: Partial<Record<string, string>>;
  labels?: Record<string, string>;
  /** Field key → element id, when they differ. */
  fieldIds?: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  const signature = entries.map(([key, message]) => `${key}:${message}`).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (entries.length === 0) return null;
  return (
    <div className="alert" role="alert" tabIndex={-1} ref={ref}>
      <strong>{entries.length === 1 ? "Please fix this problem:" : `Please fix these ${entries.length} problems:`}</strong>
      <ul>
        {entries.map(([key, message]) => (
          <li key={key}>
            {key === "form" ? (
              message
            ) : (
              <a href={`#${fieldIds?.[key] ?? key}`}>
                {labels?.[key] ? `${labels[key]}: ` : ""}
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
