// Registers one test per scenario of e2e/scenarios.mjs and every e2e/scenarios-<name>.mjs (a new file is picked up
// without an edit here). Those files push into the `scenarios` array of scenarios.mjs. The scenarios of one file run
// in order in one worker; the files spread over the workers.
import { readdirSync } from 'node:fs';
import { test } from './fixtures.mjs';
import { scenarios } from './scenarios.mjs';

/** @type {[string, typeof scenarios][]} */
const byFile = [['scenarios.mjs', [...scenarios]]];
const others = readdirSync(new URL('.', import.meta.url))
  .filter((name) => /^scenarios-[\w-]+\.mjs$/.test(name))
  .sort();
for (const file of others) {
  const before = scenarios.length;
  await import(`./${file}`);
  byFile.push([file, scenarios.slice(before)]);
}

// A scenario with a timeout of its own waits for minutes (a session that ends): those go first, each on its own, so
// they wait while the other workers run the rest.
for (const [file, own] of byFile) {
  for (const { name, run, timeout } of own.filter((s) => s.timeout)) {
    test(`${file} › ${name}`, async ({ scenario }) => {
      test.setTimeout(timeout);
      await run(scenario);
    });
  }
}
for (const [file, own] of byFile) {
  test.describe(file, () => {
    test.describe.configure({ mode: 'default' });
    for (const { name, run } of own.filter((s) => !s.timeout)) {
      test(name, async ({ scenario }) => {
        await run(scenario);
      });
    }
  });
}
