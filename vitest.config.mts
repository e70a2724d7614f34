// Two projects: `unit` needs nothing but Node; `neo4j` (files named *.neo4j.test.ts) talks to a real
// Neo4j that tests/setup/neo4j.ts starts on free ports (or NEO4J_URI when set) and stops after.
// `npm test` runs both; `npx vitest run --project unit` runs the fast half alone.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.neo4j.test.ts'],
          testTimeout: 60_000,
          // Setup that builds the seeds (worker threads among them) outlasts the 10 s default on a loaded machine.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'neo4j',
          include: ['tests/**/*.neo4j.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          // One database: files run one after another, each cleaning up what it wrote.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
