import type { Metadata } from "next";
import { JoinClassForm } from "@/components/teaching/JoinClassForm";
import { requireAccess } from "@/lib/auth/authorize";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage() {
  await requireAccess("class:join", "/join");
  return (
    <>
      <h1>Join a class</h1>
      <p>Type the join code your teacher gave you. Your teacher will then see your progress and can set you assignments.</p>
      <JoinClassForm />
    </>
  );
}
