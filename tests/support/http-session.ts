/**
 * A visitor of the app over HTTP: a cookie jar, a fetch that never follows
 * redirects, and signing in the way next-auth's client does (CSRF token from
 * /api/auth/csrf, then a form POST to /api/auth/callback/credentials).
 */
export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly label: string,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** Keeps the cookies a response sets (and forgets the ones it expires). */
  remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /**
   * One request with this visitor's cookies. `keepCookies: false` leaves the jar as it was, so a
   * fuzzed request (a sign-out, a broken cookie) cannot change who the next request is made as.
   */
  async fetch(path: string, init: RequestInit & { keepCookies?: boolean } = {}): Promise<Response> {
    const { keepCookies = true, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (!headers.has("cookie") && this.cookies.size > 0) headers.set("cookie", this.cookieHeader());
    const send = () => fetch(new URL(path, this.baseUrl), { redirect: "manual", signal: AbortSignal.timeout(30_000), ...rest, headers });
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      // The server closes keep-alive connections idle for 5 s; fetch may pick one just as it closes.
      if (!isClosedConnection(error)) throw error;
      response = await send();
    }
    if (keepCookies) this.remember(response);
    return response;
  }

  async csrfToken(): Promise<string> {
    const response = await this.fetch("/api/auth/csrf");
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** Who the server thinks this visitor is (null: anonymous). */
  async sessionUser(): Promise<{ email: string; role: string; id: string } | null> {
    const response = await this.fetch("/api/auth/session");
    const session = (await response.json()) as { user?: { email: string; role: string; id: string } };
    return session.user ?? null;
  }

  async signIn(email: string, password: string): Promise<{ email: string; role: string; id: string }> {
    const csrfToken = await this.csrfToken();
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    await response.arrayBuffer();
    const user = await this.sessionUser();
    if (user?.email !== email) {
      throw new Error(`${this.label}: signing in as ${email} failed (callback answered ${response.status}).`);
    }
    return user;
  }
}

function isClosedConnection(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } } | null)?.cause?.code;
  return code === "UND_ERR_SOCKET" || code === "ECONNRESET";
}
