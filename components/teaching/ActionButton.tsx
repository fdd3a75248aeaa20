import type { ReactNode } from "react";

/**
 * A form of one button that posts fixed hidden fields to a server action (make a new code,
 * restore a student, withdraw an invitation…). Works without JavaScript, like any form.
 */
export function ActionButton({
  action,
  fields,
  label,
  className = "button secondary",
  children,
}: {
  action: (form: FormData) => Promise<void>;
  /** Hidden inputs, in this order: name → value. */
  fields: Record<string, string>;
  /** An accessible name when the visible text alone would be ambiguous in a list. */
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} aria-label={label}>
        {children}
      </button>
    </form>
  );
}
