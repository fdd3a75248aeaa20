/** The outcome of the action that led to this page (its ?notice=), announced to screen readers. */
export function StatusNotice({ message }: { message: string | undefined }) {
  return message ? (
    <p className="notice" role="status">
      {message}
    </p>
  ) : null;
}
