import { NextResponse } from "next/server";
import { withAccess } from "@/lib/auth/authorize";
import { governorateMap } from "@/lib/map/governorate-map";

// The same for everyone and fixed per build: rendered once at build time.
export const dynamic = "force-static";

/**
 * GET /api/map/governorates → the projected governorate outlines (QuizMapData,
 * about 40 KB). Map questions fetch it when a quiz has one, instead of every
 * such quiz page carrying it inline; the browser keeps it for the next quiz.
 */
export const GET = withAccess("public", async () =>
  NextResponse.json(governorateMap(), { headers: { "cache-control": "public, max-age=86400" } }),
);
