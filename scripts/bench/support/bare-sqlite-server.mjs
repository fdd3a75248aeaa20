/**
 * The baseline for the submission benchmark: a bare Node HTTP server that
 * parses the same JSON body and does one SQLite insert (better-sqlite3, WAL and
 * the default synchronous=FULL, as the app uses: an acknowledged answer is on disk),
 * with no framework, session, validation or grading. Usage: node bare-sqlite-server.mjs PORT DBFILE
 */
import http from "node:http";
import Database from "better-sqlite3";

const [port, file] = process.argv.slice(2);
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.exec(
  "CREATE TABLE IF NOT EXISTS response (id INTEGER PRIMARY KEY, attempt_id TEXT, client_response_id TEXT UNIQUE, question_id TEXT, answer TEXT, answered_at TEXT)",
);
const insert = db.prepare(
  "INSERT OR IGNORE INTO response (attempt_id, client_response_id, question_id, answer, answered_at) VALUES (?, ?, ?, ?, ?)",
);

http
  .createServer((request, response) => {
    if (request.method === "GET") {
      response.end("ok");
      return;
    }
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      const attemptId = request.url.split("/")[3];
      insert.run(attemptId, body.clientResponseId, body.questionId, JSON.stringify(body.response), new Date().toISOString());
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ recorded: "new" }));
    });
  })
  .listen(Number(port), "127.0.0.1");
