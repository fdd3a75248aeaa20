/** Types for security-headers.mjs (plain JavaScript, so that next.config.js can import it). */
export interface SecurityHeaderOptions {
  /** The public site is served over HTTPS: send HSTS and upgrade stray http:// subresources. */
  https: boolean;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. */
  development: boolean;
}

export declare const NONCE_REQUEST_HEADER: "x-nonce";
export declare function securityHeaderOptions(env: Record<string, string | undefined>): SecurityHeaderOptions;
export declare function createNonce(): string;
export declare function contentSecurityPolicy(nonce: string, options: SecurityHeaderOptions): string;
export declare const CLOSED_CONTENT_SECURITY_POLICY: string;
export declare const FIXED_SECURITY_HEADERS: readonly (readonly [name: string, value: string])[];
export declare const STRICT_TRANSPORT_SECURITY: string;
export declare const PATHS_WITHOUT_PROXY: readonly string[];
export declare function configuredSecurityHeaders(): { source: string; headers: { key: string; value: string }[] }[];
