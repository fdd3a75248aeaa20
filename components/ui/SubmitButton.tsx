import type { ButtonHTMLAttributes, ReactNode } from "react";

type ButtonAttributes = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "disabled" | "children">;

/** A form's submit button on its own line; while the form is being sent it is disabled and says so. */
export function SubmitButton({
  pending,
  pendingLabel,
  className = "button",
  children,
  ...button
}: ButtonAttributes & { pending: boolean; pendingLabel: string; children: ReactNode }) {
  return (
    <div>
      <button className={className} type="submit" disabled={pending} {...button}>
        {pending ? pendingLabel : children}
      </button>
    </div>
  );
}
