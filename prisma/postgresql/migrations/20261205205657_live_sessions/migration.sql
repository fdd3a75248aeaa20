-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "liveTimeMultiplier" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "LiveSession" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "hostId" TEXT NOT NULL,
    "pin" TEXT,
    "title" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "currentIndex" INTEGER NOT NULL DEFAULT -1,
    "phase" TEXT NOT NULL DEFAULT 'lobby',
    "skippedIds" TEXT NOT NULL DEFAULT '[]',
    "questionOpenedAt" TIMESTAMP(3),
    "pausedAt" TIMESTAMP(3),
    "countdownSeconds" INTEGER,
    "speedPoints" BOOLEAN NOT NULL DEFAULT false,
    "leaderboard" TEXT NOT NULL DEFAULT 'off',
    "guestsAllowed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "LiveSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivePlayer" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT,
    "nickname" TEXT NOT NULL,
    "guestTokenHash" TEXT,
    "timeMultiplier" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LivePlayer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveAnswer" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "points" INTEGER NOT NULL,
    "clientAnswerId" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveSession_pin_key" ON "LiveSession"("pin");

-- CreateIndex
CREATE INDEX "LiveSession_classId_createdAt_idx" ON "LiveSession"("classId", "createdAt");

-- CreateIndex
CREATE INDEX "LiveSession_hostId_endedAt_idx" ON "LiveSession"("hostId", "endedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LivePlayer_guestTokenHash_key" ON "LivePlayer"("guestTokenHash");

-- CreateIndex
CREATE INDEX "LivePlayer_userId_idx" ON "LivePlayer"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LivePlayer_sessionId_userId_key" ON "LivePlayer"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "LiveAnswer_sessionId_questionId_correct_score_idx" ON "LiveAnswer"("sessionId", "questionId", "correct", "score");

-- CreateIndex
CREATE UNIQUE INDEX "LiveAnswer_playerId_questionId_key" ON "LiveAnswer"("playerId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveAnswer_playerId_clientAnswerId_key" ON "LiveAnswer"("playerId", "clientAnswerId");

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivePlayer" ADD CONSTRAINT "LivePlayer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivePlayer" ADD CONSTRAINT "LivePlayer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveAnswer" ADD CONSTRAINT "LiveAnswer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveAnswer" ADD CONSTRAINT "LiveAnswer_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "LivePlayer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

