import { headers } from "next/headers";
import styles from "./Teaching.module.css";

/** The full join link in a read-only text field, easy to select and copy into a message. */
export async function JoinLink({ code, id }: { code: string; id: string }) {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  const url = `${proto}://${host}/join/${code}`;
  return (
    <div className="field">
      <label htmlFor={id}>Join link</label>
      <span id={`${id}-hint`} className="hint">
        Students who open it see the class and a “Join class” button.
      </span>
      <input id={id} className={styles.joinLink} type="text" readOnly value={url} aria-describedby={`${id}-hint`} />
    </div>
  );
}
