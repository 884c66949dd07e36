/// <reference types="@crxjs/vite-plugin/client" />

/** True in the test build (npm run build:test), false in the shipped ones: set by vite.config.ts. */
declare const __RINGKAS_TEST__: boolean;
