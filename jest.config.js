import { createDefaultEsmPreset } from "ts-jest";

/** @type {import('jest').Config} */
export default {
  ...createDefaultEsmPreset(),
  testEnvironment: "node",
  // nock + Jest 30 globals cleanup make a second nock-using file hang (stack.md pitfall 4).
  testEnvironmentOptions: { globalsCleanup: "off" },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/test/setup-env.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup-after-env.ts"],
};
