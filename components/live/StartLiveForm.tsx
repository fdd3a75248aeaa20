"use client";
/**
 * The host's start form: class, where the questions come from (a study set and how many, one of the
 * teacher's custom sets or a colleague's shared one, or an assignment of the chosen class), and the
 * settings (accuracy first: all off by default). The server checks every choice again.
 */
import { useState } from "react";
import { SelectOptions } from "@/components/ui/FormField";
import { postJson } from "./live-client";
import { PostAndGoForm } from "./PostAndGoForm";

interface Option {
  id: string;
  label: string;
}

type SourceKind = "study-set" | "custom-set" | "assignment";

const SOURCE_CHOICES: { kind: SourceKind; label: string }[] = [
  { kind: "study-set", label: "Question bank" },
  { kind: "custom-set", label: "One of my custom sets" },
  { kind: "assignment", label: "An assignment" },
];

const asOptions = (options: readonly Option[]) => options.map((option) => ({ value: option.id, label: option.label }));

function sourceFrom(kind: SourceKind, form: FormData) {
  switch (kind) {
    case "study-set":
      return { kind, setId: form.get("setId"), length: Number(form.get("length")) };
    case "custom-set":
      return { kind, customSetId: form.get("customSetId") };
    case "assignment":
      return { kind, assignmentId: form.get("assignmentId") };
  }
}

export function StartLiveForm({
  classes,
  studySets,
  customSets,
  assignments,
}: {
  classes: Option[];
  studySets: Option[];
  customSets: Option[];
  assignments: (Option & { classId: string })[];
}) {
  const [kind, setKind] = useState<SourceKind>("study-set");
  const [classId, setClassId] = useState(classes[0]?.id ?? "");
  const classAssignments = assignments.filter((a) => a.classId === classId);
  const nothingToChoose =
    (kind === "custom-set" && customSets.length === 0) || (kind === "assignment" && classAssignments.length === 0);

  const start = async (form: FormData) => {
    const countdown = String(form.get("countdown") ?? "");
    const { sessionId } = await postJson<{ sessionId: string }>("/api/live/sessions", {
      classId: form.get("classId"),
      source: sourceFrom(kind, form),
      settings: {
        countdownSeconds: countdown ? Number(countdown) : null,
        speedPoints: form.get("speedPoints") === "on",
        leaderboard: form.get("leaderboard"),
        guestsAllowed: form.get("guestsAllowed") === "on",
      },
    });
    return `/teacher/live/${sessionId}`;
  };

  return (
    <PostAndGoForm send={start} submitLabel="Start the live session" submitDisabled={classes.length === 0 || nothingToChoose}>
      <div className="field">
        <label htmlFor="live-class">Class</label>
        <select id="live-class" name="classId" required value={classId} onChange={(event) => setClassId(event.target.value)}>
          <SelectOptions options={asOptions(classes)} />
        </select>
      </div>
      <fieldset className="field">
        <legend>Question source</legend>
        {SOURCE_CHOICES.map((choice) => (
          <label key={choice.kind} className="choice">
            <input type="radio" name="sourceKind" value={choice.kind} checked={kind === choice.kind} onChange={() => setKind(choice.kind)} />{" "}
            {choice.label}
          </label>
        ))}
      </fieldset>
      {kind === "study-set" ? (
        <>
          <div className="field">
            <label htmlFor="live-set">Study set</label>
            <select id="live-set" name="setId" required>
              <SelectOptions options={asOptions(studySets)} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="live-length">Questions</label>
            <input id="live-length" name="length" type="number" min={1} max={50} defaultValue={10} required />
          </div>
        </>
      ) : null}
      {kind === "custom-set" ? (
        <div className="field">
          {customSets.length === 0 ? (
            <p className="notice">You have no custom sets with questions yet. Build one under Custom sets.</p>
          ) : (
            <>
              <label htmlFor="live-custom-set">Custom set</label>
              <span id="live-custom-set-hint" className="hint">
                Every question of the set, in its order (at most 50).
              </span>
              <select id="live-custom-set" name="customSetId" required aria-describedby="live-custom-set-hint">
                <SelectOptions options={asOptions(customSets)} />
              </select>
            </>
          )}
        </div>
      ) : null}
      {kind === "assignment" ? (
        <div className="field">
          {classAssignments.length === 0 ? (
            <p className="notice">This class has no assignments yet.</p>
          ) : (
            <>
              <label htmlFor="live-assignment">Assignment</label>
              <span id="live-assignment-hint" className="hint">
                The same questions the class&apos;s assignment asks.
              </span>
              <select key={classId} id="live-assignment" name="assignmentId" required aria-describedby="live-assignment-hint">
                <SelectOptions options={asOptions(classAssignments)} />
              </select>
            </>
          )}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="live-countdown">Countdown</label>
        <select id="live-countdown" name="countdown" defaultValue="">
          <option value="">None</option>
          <option value="20">20 seconds</option>
          <option value="30">30 seconds</option>
          <option value="60">60 seconds</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="live-leaderboard">Leaderboard</label>
        <select id="live-leaderboard" name="leaderboard" defaultValue="off">
          <option value="off">None</option>
          <option value="top5">Top five by nickname</option>
          <option value="class-total">Class total only</option>
        </select>
      </div>
      <label className="choice">
        <input type="checkbox" name="speedPoints" /> Speed points (only with a countdown)
      </label>
      <label className="choice">
        <input type="checkbox" name="guestsAllowed" /> Let guests join with a nickname
      </label>
    </PostAndGoForm>
  );
}
