import { z } from "zod";

export const RoleSchema = z.enum(["student", "teacher"]);
export type Role = z.infer<typeof RoleSchema>;
