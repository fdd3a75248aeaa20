"use client";

/**
 * Drag and drop for ordering questions (dnd-kit), loaded only when an ordering
 * question is on screen. The Move up / Move down buttons stay: dragging is an
 * extra, never the only way. Keyboard dragging: Space or Enter on a handle,
 * arrow keys, Space or Enter to drop, Escape to cancel.
 */
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import styles from "../Quiz.module.css";
import type { Option } from "@/lib/questions/types";
import { moveItem, type OrderingListProps } from "./ordering-shared";
import { OrderingRow } from "./OrderingRow";

function SortableRow(props: { item: Option; index: number; count: number; disabled: boolean; questionId: string; onMove: (from: number, to: number) => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: props.item.id,
    disabled: props.disabled,
  });
  return (
    <OrderingRow
      {...props}
      rowRef={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      dragging={isDragging}
      handle={
        <button
          type="button"
          ref={setActivatorNodeRef}
          className={styles.handle}
          disabled={props.disabled}
          {...attributes}
          {...listeners}
          aria-label={`Drag '${props.item.text}'`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      }
    />
  );
}

export default function OrderingDnd({ questionId, items, disabled, onMove, onReorder }: OrderingListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map((item) => item.id);
  const textOf = (id: UniqueIdentifier) => items.find((item) => item.id === id)?.text ?? String(id);
  const positionOf = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up '${textOf(active.id)}'. It is in position ${positionOf(active.id)} of ${ids.length}.`,
    onDragOver: ({ active, over }) =>
      over ? `'${textOf(active.id)}' is over position ${positionOf(over.id)} of ${ids.length}.` : `'${textOf(active.id)}' is no longer over the list.`,
    onDragEnd: ({ active, over }) =>
      over ? `Dropped '${textOf(active.id)}' at position ${positionOf(over.id)} of ${ids.length}.` : `Dropped '${textOf(active.id)}'.`,
    onDragCancel: ({ active }) => `Cancelled. '${textOf(active.id)}' went back to position ${positionOf(active.id)} of ${ids.length}.`,
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    onReorder(moveItem(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            "To reorder with the keyboard, press Space or Enter to pick the item up, use the up and down arrow keys to move it, then press Space or Enter to drop it, or Escape to cancel.",
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className={styles.orderList}>
          {items.map((item, index) => (
            <SortableRow key={item.id} item={item} index={index} count={items.length} disabled={disabled} questionId={questionId} onMove={onMove} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
