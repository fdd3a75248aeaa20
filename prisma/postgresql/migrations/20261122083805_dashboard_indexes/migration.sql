-- DropIndex
DROP INDEX "Attempt_assignmentId_userId_idx";

-- CreateIndex
CREATE INDEX "Attempt_assignmentId_userId_status_score_maxScore_finishedA_idx" ON "Attempt"("assignmentId", "userId", "status", "score", "maxScore", "finishedAt", "startedAt");

-- CreateIndex
CREATE INDEX "Response_attemptId_questionId_score_idx" ON "Response"("attemptId", "questionId", "score");

