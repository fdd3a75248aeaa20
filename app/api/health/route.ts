import { NextResponse } from "next/server";
import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const GET = withAccess("public", async () => {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return NextResponse.json({ status: "ok", db: "ok" });
  } catch (error) {
    console.error("health check: database unreachable", error);
    return NextResponse.json({ status: "error", db: "unreachable" }, { status: 503 });
  }
});
