/**
 * Next.js 16 answers 500 to a path whose dynamic segment holds a broken
 * percent-escape ("/api/attempts/%zz/finish", "/student/quiz/%E0%A4%A"): it
 * fails to decode the segment, then fails to render its own 400 page. Such a
 * path was not made by a link of the app or typed by a person, so it gets a
 * 400 here.
 */
export function refuseMalformedPath(request: Request): Response | null {
  const { pathname } = new URL(request.url);
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
  } catch {
    return Response.json({ error: "This address is not valid. Check the link and try again." }, { status: 400 });
  }
  return null;
}
