/**
 * A browser stand-in for scripts that drive the app over HTTP: a cookie jar, and forms filled in and
 * submitted the way a browser does before (or without) JavaScript. React renders every server-action
 * form so that it works before hydration: hidden `$ACTION_…` fields name the action by the id the
 * build gave it, the form posts as multipart to its page, and the server answers with the page or a
 * 303 to the next one. So a form fetched from one instance and posted to another works only when both
 * builds gave the action the same id (docs/decisions/013-interchangeable-builds.md).
 *
 * Every exchange records which instance answered it (nginx's X-Upstream-Addr header, when present).
 */
import { UPSTREAM_HEADER } from "./nginx";

export interface Exchange {
  method: string;
  path: string;
  status: number;
  upstream: string | null;
}

export interface Page {
  /** Path and query the page was fetched from (a form without an action posts back here). */
  path: string;
  status: number;
  html: string;
  upstream: string | null;
  /** The Location of a redirect, as a path on this site. */
  location: string | null;
}

export interface HtmlForm {
  action: string | null;
  /** Every control a browser would submit as the form stands, in document order. */
  fields: [string, string][];
  /** Names of every control, submitted or not (to recognise a form). */
  names: Set<string>;
  buttons: { name: string | null; value: string; text: string }[];
  /** The option values of each <select>, by name. */
  choices: Map<string, string[]>;
}

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1]?.toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([^\s="'<>/]+)(?:\s*=\s*"([^"]*)")?/g)) {
    found.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? ""));
  }
  return found;
}

const stripTags = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();

/** The forms of a server-rendered page, with the values a browser would submit by default. */
export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const formMatch of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const formAttributes = attributes(formMatch[1]!);
    const body = formMatch[2]!;
    const form: HtmlForm = { action: formAttributes.get("action") || null, fields: [], names: new Set(), buttons: [], choices: new Map() };
    const controls = /<(input)\b([^>]*)>|<(select)\b([^>]*)>([\s\S]*?)<\/select>|<(textarea)\b([^>]*)>([\s\S]*?)<\/textarea>|<(button)\b([^>]*)>([\s\S]*?)<\/button>/gi;
    for (const match of body.matchAll(controls)) {
      if (match[1]) {
        const attrs = attributes(match[2]!);
        const name = attrs.get("name");
        const type = (attrs.get("type") ?? "text").toLowerCase();
        if (type === "submit" || type === "image") {
          form.buttons.push({ name: name ?? null, value: attrs.get("value") ?? "", text: attrs.get("value") ?? "" });
          continue;
        }
        if (!name || attrs.has("disabled")) continue;
        form.names.add(name);
        if (type === "checkbox" || type === "radio") {
          if (attrs.has("checked")) form.fields.push([name, attrs.get("value") ?? "on"]);
        } else if (type !== "file" && type !== "button" && type !== "reset") {
          form.fields.push([name, attrs.get("value") ?? ""]);
        }
      } else if (match[3]) {
        const attrs = attributes(match[4]!);
        const name = attrs.get("name");
        if (!name || attrs.has("disabled")) continue;
        form.names.add(name);
        const options = [...match[5]!.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map((o) => {
          const optionAttrs = attributes(o[1]!);
          return { value: optionAttrs.get("value") ?? stripTags(o[2]!), selected: optionAttrs.has("selected") };
        });
        form.choices.set(name, options.map((o) => o.value));
        const selected = options.filter((o) => o.selected);
        const chosen = selected.length > 0 ? selected : attributes(match[4]!).has("multiple") ? [] : options.slice(0, 1);
        for (const option of chosen) form.fields.push([name, option.value]);
      } else if (match[6]) {
        const attrs = attributes(match[7]!);
        const name = attrs.get("name");
        if (!name || attrs.has("disabled")) continue;
        form.names.add(name);
        form.fields.push([name, decodeEntities(match[8]!)]);
      } else if (match[9]) {
        const attrs = attributes(match[10]!);
        const type = (attrs.get("type") ?? "submit").toLowerCase();
        if (type === "submit") form.buttons.push({ name: attrs.get("name") ?? null, value: attrs.get("value") ?? "", text: stripTags(match[11]!) });
      }
    }
    forms.push(form);
  }
  return forms;
}

/** The text of the page's alerts (a form's error summary, say), for failure messages. */
export function alertsOf(html: string): string[] {
  return [...html.matchAll(/<(div|p|section)\b[^>]*role="alert"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => stripTags(m[2]!)).filter(Boolean);
}

/** The id of the server action a form posts to, as the page's build named it (for reports). */
export function formActionId(form: HtmlForm): string | null {
  for (const [name, value] of form.fields) {
    const plain = /^\$ACTION_ID_([0-9a-f]+)$/.exec(name);
    if (plain) return plain[1]!;
    if (/^\$ACTION_\d+:0$/.test(name)) {
      try {
        return (JSON.parse(value) as { id?: string }).id ?? null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

export class WebClient {
  private readonly cookies = new Map<string, string>();

  /** `exchanges` may be shared by several clients, to see the order in which the balancer was asked. */
  constructor(
    readonly baseUrl: string,
    readonly exchanges: Exchange[] = [],
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age\s*=\s*(0|-)/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  hasCookie(pattern: RegExp): boolean {
    return [...this.cookies.keys()].some((name) => pattern.test(name));
  }

  /** One HTTP exchange, redirects not followed, cookies kept. */
  async send(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): Promise<Page> {
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      body: init.body,
      redirect: "manual",
      headers: {
        ...(method === "GET" ? {} : { origin: this.baseUrl }),
        ...(this.cookies.size > 0 ? { cookie: this.cookieHeader() } : {}),
        ...init.headers,
      },
    });
    this.remember(response);
    const html = await response.text();
    const upstream = response.headers.get(UPSTREAM_HEADER);
    this.exchanges.push({ method, path, status: response.status, upstream });
    const location = response.headers.get("location");
    const sitePath = location ? (({ pathname, search }) => pathname + search)(new URL(location, this.baseUrl)) : null;
    return { path, status: response.status, html, upstream, location: sitePath };
  }

  get(path: string): Promise<Page> {
    return this.send("GET", path);
  }

  /** Follows redirects with GETs, as a browser does after a 303. */
  async followRedirects(page: Page, limit = 5): Promise<Page> {
    let current = page;
    for (let hop = 0; hop < limit && current.location && current.status >= 300 && current.status < 400; hop++) {
      current = await this.get(current.location);
    }
    return current;
  }

  /**
   * Submits `form` from `page` as a browser would without JavaScript: its current values, `changes`
   * replacing the values of the fields they name, and the pressed button's name and value.
   */
  submit(page: Page, form: HtmlForm, changes: Record<string, string | string[]> = {}, button?: { name: string; value: string }): Promise<Page> {
    const body = new FormData();
    for (const [name, value] of form.fields) if (!(name in changes)) body.append(name, value);
    for (const [name, value] of Object.entries(changes)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    if (button) body.append(button.name, button.value);
    return this.send("POST", form.action && form.action !== "" ? form.action : page.path, { body });
  }

  async json(method: "GET" | "POST", path: string, body?: unknown): Promise<{ status: number; upstream: string | null; data: unknown }> {
    const page = await this.send(method, path, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: body === undefined ? {} : { "content-type": "application/json" },
    });
    let data: unknown = null;
    try {
      data = JSON.parse(page.html);
    } catch {
      data = page.html;
    }
    return { status: page.status, upstream: page.upstream, data };
  }

  /** Signs in with next-auth's credentials endpoint, as the sign-in form's script does. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = await this.json("GET", "/api/auth/csrf");
    const csrfToken = (csrf.data as { csrfToken?: string } | null)?.csrfToken;
    if (csrf.status !== 200 || !csrfToken) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
    const result = await this.send("POST", "/api/auth/callback/credentials", {
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: this.baseUrl, json: "true" }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    if (result.status !== 200 || !this.hasCookie(/session-token$/)) {
      throw new Error(`signing in as ${email} failed: ${result.status} ${result.html.slice(0, 200)}`);
    }
  }
}
