import type { Leaderboard } from "@/lib/live/live-rules";

/** The leaderboard the host chose: the five highest by nickname, or only the class's total. */
export function LeaderboardPanel({ leaderboard }: { leaderboard: Leaderboard }) {
  if (leaderboard.mode === "off") return null;
  if (leaderboard.mode === "class-total") {
    return (
      <p className="notice">
        Class total: <strong>{leaderboard.points}</strong> points from {leaderboard.players} players
      </p>
    );
  }
  return (
    <section aria-labelledby="live-leaderboard">
      <h2 id="live-leaderboard">Top five</h2>
      <ol>
        {leaderboard.entries.map((entry) => (
          <li key={`${entry.rank}-${entry.nickname}`}>
            {entry.nickname}: {entry.points} points
          </li>
        ))}
      </ol>
    </section>
  );
}
