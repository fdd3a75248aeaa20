/**
 * Runs once when a server process starts (Next.js instrumentation hook).
 * Builds the question bank before the first request instead of during it:
 * a cold build takes about half a second (docs/benchmarks.md).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Throttling needs each request's socket address, which Next.js drops once a client sends
  // X-Forwarded-For (lib/http/client-address.ts); stamp it before Next.js sees the request.
  const { installPeerAddressHeader } = await import("./lib/http/client-address");
  installPeerAddressHeader();
  const { loadQuestionBank } = await import("./lib/questions/load-bank");
  const started = performance.now();
  const bank = loadQuestionBank();
  console.log(`Question bank ${bank.version}: ${bank.questions.length} questions ready in ${Math.round(performance.now() - started)} ms`);
}
