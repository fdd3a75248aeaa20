import type { Option } from "@/lib/questions/types";

export interface OrderingListProps {
  questionId: string;
  items: Option[];
  disabled: boolean;
  /** Move the item at `from` to `to`, and say so. */
  onMove: (from: number, to: number) => void;
  /** Reorder without moving focus (drag and drop keeps its own focus). */
  onReorder: (ids: string[]) => void;
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return next;
  next.splice(Math.max(0, Math.min(next.length, to)), 0, moved);
  return next;
}
