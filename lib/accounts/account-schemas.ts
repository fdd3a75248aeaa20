/** Form schemas shared by the sign-up/sign-in pages and the server. */
import { z } from "zod";
import { RoleSchema } from "../auth/roles";
import { cleanTextSchema } from "../text/clean-text";

export const MIN_PASSWORD_LENGTH = 10;

/** A form field that may be missing or empty; both mean "not given". */
const OptionalTextSchema = z
  .string()
  .trim()
  .max(200)
  .optional()
  .catch(undefined)
  .transform((value) => value || undefined);

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@school.org." }));

export const SignUpSchema = z.object({
  // NFC, trimmed; no control or text-direction characters (lib/text/clean-text.ts).
  name: cleanTextSchema({ field: "Your name" }, "Enter your name.")
    .min(1, "Enter your name.")
    .max(80, "Keep your name under 80 characters."),
  email: EmailSchema,
  password: z
    .string({ error: "Choose a password." })
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`)
    .max(200, "Keep your password under 200 characters."),
  role: RoleSchema.catch("student").or(z.undefined()).transform((role) => role ?? "student"),
  /** Token from a teacher's invitation link (/sign-up?invite=…); checked in createAccount. */
  invite: OptionalTextSchema,
  /** The operator's TEACHER_SIGNUP_CODE, typed by someone signing up as a teacher without an invitation. */
  teacherCode: OptionalTextSchema,
});
export type SignUpInput = z.infer<typeof SignUpSchema>;

const NewPasswordSchema = z
  .string({ error: "Choose a new password." })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for your new password.`)
  .max(200, "Keep your password under 200 characters.");

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again." }).max(200),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords do not match. Type the same password in both fields.",
  });

export const DeleteAccountSchema = z.object({
  password: z.string({ error: "Enter your password to confirm." }).min(1, "Enter your password to confirm.").max(200),
});

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
