"use client";

import type { CSSProperties, ReactNode, Ref } from "react";
import styles from "../Quiz.module.css";
import type { Option } from "@/lib/questions/types";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";

export interface OrderingRowProps {
  item: Option;
  index: number;
  count: number;
  disabled: boolean;
  onMove: (from: number, to: number) => void;
  /** The drag handle, when drag and drop has loaded. */
  handle?: ReactNode;
  rowRef?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  dragging?: boolean;
}

export const moveButtonId = (questionId: string, itemId: string, direction: "up" | "down") => `move-${questionId}-${itemId}-${direction}`;

/** One item with "Move up" / "Move down" buttons: reordering never needs a pointer. */
export function OrderingRow({ item, index, count, disabled, onMove, handle, rowRef, style, dragging, questionId }: OrderingRowProps & { questionId: string }) {
  return (
    <li ref={rowRef} style={style} className={`${styles.orderItem}${dragging ? ` ${styles.dragging}` : ""}`}>
      {handle}
      <span className={styles.orderText}>{item.text}</span>
      <span className={styles.orderButtons}>
        <button
          type="button"
          id={moveButtonId(questionId, item.id, "up")}
          className={styles.smallButton}
          disabled={disabled || index === 0}
          onClick={() => onMove(index, index - 1)}
        >
          <span aria-hidden="true">↑ </span>Move<VisuallyHidden> &apos;{item.text}&apos;</VisuallyHidden> up
        </button>
        <button
          type="button"
          id={moveButtonId(questionId, item.id, "down")}
          className={styles.smallButton}
          disabled={disabled || index === count - 1}
          onClick={() => onMove(index, index + 1)}
        >
          <span aria-hidden="true">↓ </span>Move<VisuallyHidden> &apos;{item.text}&apos;</VisuallyHidden> down
        </button>
      </span>
    </li>
  );
}
