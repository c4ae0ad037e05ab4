/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional absolute base of the service; empty means same origin (the dev/preview proxy). */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
