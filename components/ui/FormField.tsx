import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

/*
 * Form fields with their label, hint and error linked for screen readers. Plain markup with no
 * client code, so server pages (the GET filter forms) and client forms both render them.
 */

/** A note under a field or legend, linked to it by aria-describedby through its id; nothing when empty. */
function FieldNote({ id, className, note }: { id: string; className: string; note?: ReactNode }) {
  return note ? (
    <span id={id} className={className}>
      {note}
    </span>
  ) : null;
}

/** The message under one field, linked to it by aria-describedby (id `<name>-error`). */
export function FieldError({ name, error }: { name: string; error?: string }) {
  return <FieldNote id={`${name}-error`} className="field-error" note={error} />;
}

/** The hint under a label or legend, linked by describedBy (id `<name>-hint`). */
export function FieldHint({ name, hint }: { name: string; hint?: ReactNode }) {
  return <FieldNote id={`${name}-hint`} className="hint" note={hint} />;
}

/** aria props for a field that may have an error and a hint. */
export function describedBy(name: string, error: string | undefined, hint = false) {
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined };
}

/** For a fieldset: the hint and error are described, validity is on the inputs. */
export function groupDescribedBy(name: string, error: string | undefined, hint = false) {
  return { "aria-describedby": describedBy(name, error, hint)["aria-describedby"] };
}

interface FieldFrame {
  id: string;
  /** The form field's name, when it differs from the id (two forms on one page). */
  name?: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Classes beside "field" on the wrapper, for layout. */
  fieldClassName?: string;
}

/** The label, hint and error around one control; the control is linked to the hint and error for screen readers. */
function Field({ id, label, hint, error, fieldClassName, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div className={fieldClassName ? `field ${fieldClassName}` : "field"}>
      <label htmlFor={id}>{label}</label>
      <FieldHint name={id} hint={hint} />
      {children}
      <FieldError name={id} error={error} />
    </div>
  );
}

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "aria-invalid" | "aria-describedby">;

/** A labelled input with its hint and error. */
export function FormField({ id, name, label, hint, error, fieldClassName, type = "text", ...input }: FieldFrame & InputAttributes) {
  return (
    <Field id={id} label={label} hint={hint} error={error} fieldClassName={fieldClassName}>
      <input id={id} name={name ?? id} type={type} {...input} {...describedBy(id, error, Boolean(hint))} />
    </Field>
  );
}

/** A whole number from 1 to `max`, with the numeric keypad on phones. */
export function WholeNumberField(props: FieldFrame & { max: number; defaultValue: string }) {
  return <FormField type="number" inputMode="numeric" min={1} {...props} />;
}

/**
 * A required password input. `autoComplete` tells the browser whether to fill in the saved password or offer a
 * new one; `minimumLength` (new passwords) is shown as the hint.
 */
export function PasswordField({
  minimumLength,
  ...field
}: Omit<FieldFrame, "hint"> & { autoComplete: "current-password" | "new-password"; minimumLength?: number }) {
  const hint = minimumLength === undefined ? undefined : `At least ${minimumLength} characters.`;
  return <FormField type="password" hint={hint} required {...field} />;
}

type TextAreaAttributes = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "aria-invalid" | "aria-describedby">;

/** A labelled textarea with its hint and error. */
export function TextAreaField({ id, name, label, hint, error, fieldClassName, ...textarea }: FieldFrame & TextAreaAttributes) {
  return (
    <Field id={id} label={label} hint={hint} error={error} fieldClassName={fieldClassName}>
      <textarea id={id} name={name ?? id} {...textarea} {...describedBy(id, error, Boolean(hint))} />
    </Field>
  );
}

export interface SelectOption {
  value: string | number;
  label: string;
}

/** A select's options; `emptyOption` labels a first choice that sends an empty value. */
export function SelectOptions({ options, emptyOption }: { options: readonly SelectOption[]; emptyOption?: string }) {
  return (
    <>
      {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

/** A labelled select with its hint and error; `emptyOption` labels a first choice that sends an empty value. */
export function SelectField(
  props: FieldFrame & { value: string | undefined; options: readonly SelectOption[]; emptyOption?: string },
) {
  const { id, name, label, hint, error, fieldClassName, value, options, emptyOption } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error} fieldClassName={fieldClassName}>
      <select id={id} name={name ?? id} defaultValue={value} {...describedBy(id, error, Boolean(hint))}>
        <SelectOptions options={options} emptyOption={emptyOption} />
      </select>
    </Field>
  );
}
