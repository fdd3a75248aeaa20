/**
 * Debian's nginx as the load balancer in front of several app instances, with a config written to a
 * throwaway folder: plain round robin (no sticky sessions), one worker so consecutive requests
 * alternate strictly, and every response names the instance that answered it (X-Upstream-Addr).
 * A POST is never passed on to another instance: one that fails on its way to a dying host comes back
 * to the client as a 502, and only the client may send it again.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { waitForHttp } from "./app-server";

export const NGINX_PATH = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

/** The response header naming the instance that answered, `127.0.0.1:PORT`. */
export const UPSTREAM_HEADER = "x-upstream-addr";

export interface Balancer {
  baseUrl: string;
  /** nginx's error log so far (why a request got 502, for instance). */
  errorLog(): string;
  stop(): Promise<void>;
}

export function requireNginx(): void {
  if (!fs.existsSync(NGINX_PATH)) {
    throw new Error(
      `This check puts Debian's nginx in front of the app, and ${NGINX_PATH} is missing.\n` +
        "Install it with:  sudo apt-get update && sudo apt-get install -y nginx   (or set NGINX_PATH).",
    );
  }
}

export interface NginxOptions {
  dir: string;
  port: number;
  upstreamPorts: number[];
  /**
   * For long-lived Server-Sent Events streams (live sessions): no response buffering, reads that may
   * stay quiet for an hour, and room for a few thousand connections (each stream holds two).
   */
  streaming?: boolean;
}

function config({ dir, port, upstreamPorts, streaming = false }: NginxOptions): string {
  const servers = upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n");
  const proxy = `
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream-Addr $upstream_addr always;${
        streaming
          ? `
      proxy_buffering off;
      proxy_read_timeout 1h;`
          : ""
      }`;
  // Started as root, nginx runs its workers as nobody, who could not write the temp folders here.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  return `# Written by scripts/bench/support/nginx.ts for one run; deleted afterwards.
${user}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections ${streaming ? 4096 : 1024}; }
http {
  access_log off;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 1m;

  # Round robin, no affinity: any request may land on any instance.
  upstream app {
${servers}
    keepalive 32;
    # Shorter than Node's 5 s keep-alive: nginx must never reuse a connection the app is just closing,
    # or the request on it fails with "connection reset" and a POST comes back 502.
    keepalive_timeout 4s;
  }

  server {
    listen 127.0.0.1:${port};

    # POSTs go to @post, which never passes a request on to the next instance, even when the first
    # could not be reached: whether an answer is sent again is the client's decision, with its own id.
    error_page 418 = @post;
    location / {
      if ($request_method = POST) { return 418; }
      # A GET may be retried on the other instance when one is down.
      proxy_next_upstream error timeout;${proxy}
    }
    location @post {
      proxy_next_upstream off;${proxy}
    }
  }
}
`;
}

/** Starts nginx on 127.0.0.1:`port` in front of `upstreamPorts`; resolves once it answers /api/health. */
export async function startNginx(options: NginxOptions): Promise<Balancer> {
  requireNginx();
  fs.mkdirSync(options.dir, { recursive: true });
  const configFile = path.join(options.dir, "nginx.conf");
  fs.writeFileSync(configFile, config(options));
  const errorLog = path.join(options.dir, "error.log");
  // -e: nginx opens its default error log before reading the config; keep even that in the folder.
  const child: ChildProcess = spawn(NGINX_PATH, ["-p", options.dir, "-c", configFile, "-e", errorLog], { stdio: ["ignore", "inherit", "inherit"] });
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const readLog = () => (fs.existsSync(errorLog) ? fs.readFileSync(errorLog, "utf8") : "");
  try {
    await waitForHttp(`${baseUrl}/api/health`, 20_000, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`nginx did not come up: ${(error as Error).message}\n${readLog().slice(-2000)}`);
  }
  return {
    baseUrl,
    errorLog: readLog,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGQUIT"); // graceful: finish open requests
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
