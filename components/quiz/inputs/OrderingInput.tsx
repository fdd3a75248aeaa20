"use client";

import { lazy, Suspense, useState, useSyncExternalStore } from "react";
import styles from "../Quiz.module.css";
import type { InputProps } from "./input-props";
import { moveItem, type OrderingListProps } from "./ordering-shared";
import { moveButtonId, OrderingRow } from "./OrderingRow";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";

// dnd-kit (~25 KB) is fetched only when an ordering question is on screen.
const OrderingDnd = lazy(() => import("./OrderingDnd"));

const noSubscribe = () => () => {};
/** false while rendering on the server and hydrating, true afterwards. */
function useHydrated() {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

function PlainList({ questionId, items, disabled, onMove }: OrderingListProps) {
  return (
    <ol className={styles.orderList}>
      {items.map((item, index) => (
        <OrderingRow key={item.id} questionId={questionId} item={item} index={index} count={items.length} disabled={disabled} onMove={onMove} />
      ))}
    </ol>
  );
}

export function OrderingInput({ question, value, onChange, disabled }: InputProps<"ordering", { order: string[] }>) {
  const hydrated = useHydrated();
  const [announcement, setAnnouncement] = useState("");
  const byId = new Map(question.options.map((o) => [o.id, o]));
  const order = value?.order ?? question.options.map((o) => o.id);
  const items = order.map((id) => byId.get(id)).filter((o) => o !== undefined);

  function onMove(from: number, to: number) {
    const next = moveItem(order, from, to);
    onChange({ order: next });
    const moved = byId.get(order[from] ?? "");
    if (!moved) return;
    const position = next.indexOf(moved.id);
    setAnnouncement(`'${moved.text}' moved to position ${position + 1} of ${next.length}.`);
    // Keep focus on the moved item: on the same button, or the other one at either end of the list.
    const direction = to < from ? "up" : "down";
    const atEnd = direction === "up" ? position === 0 : position === next.length - 1;
    const target = moveButtonId(question.id, moved.id, atEnd ? (direction === "up" ? "down" : "up") : direction);
    requestAnimationFrame(() => document.getElementById(target)?.focus());
  }

  const listProps: OrderingListProps = {
    questionId: question.id,
    items,
    disabled,
    onMove,
    onReorder: (ids) => onChange({ order: ids }),
  };
  const plain = <PlainList {...listProps} />;
  return (
    <fieldset className={styles.group} disabled={disabled}>
      <legend>Put the items in order, first at the top</legend>
      <p className="hint" style={{ margin: 0 }}>
        Use the Move buttons, or drag an item by its handle.
      </p>
      {hydrated ? <Suspense fallback={plain}>{<OrderingDnd {...listProps} />}</Suspense> : plain}
      <VisuallyHidden as="p" role="status">
        {announcement}
      </VisuallyHidden>
    </fieldset>
  );
}
