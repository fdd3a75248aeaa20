/** Types for build-settings.mjs (plain JavaScript, so that next.config.js can import it). */
export declare const ACTIONS_KEY_VARIABLE: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY";
export declare const BUILD_ID_VARIABLE: "APP_BUILD_ID";
export declare function actionsKeyProblem(value: string): string | null;
export declare function buildIdProblem(value: string): string | null;
export declare function hashBuildInputs(root: string): string;
export declare function releaseBuildId(env: Record<string, string | undefined>, root: string): string;
