import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "tests/.tmp/**", "next-env.d.ts"],
  },
  {
    // Links go through components/layout/Link.tsx (no viewport prefetching; see there).
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/layout/Link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use @/components/layout/Link (no viewport prefetching)." }] }],
    },
  },
];

export default config;
