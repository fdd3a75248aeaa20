/** Form schemas shared by the sign-up/sign-in pages and the server. */
import { z } from "zod";
import { RoleSchema } from "../auth/roles";

export const MIN_PASSWORD_LENGTH = 10;

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@school.org." }));

export const SignUpSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(80, "Keep your name under 80 characters."),
  email: EmailSchema,
  password: z
    .string({ error: "Choose a password." })
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`)
    .max(200, "Keep your password under 200 characters."),
  role: RoleSchema.catch("student").or(z.undefined()).transform((role) => role ?? "student"),
});
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
