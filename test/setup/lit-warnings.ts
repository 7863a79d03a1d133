/**
 * Loaded before every browser test file (web-test-runner.config.mjs, testRunnerHtml): a Lit dev-mode
 * warning fails the test run. Lit warns once per page about things such as an update requested from
 * `updated()` ("change-in-update"), a reactive property without a getter or several copies of Lit;
 * every one of them is a bug here. Only the one-time "Lit is in dev mode" notice is allowed.
 *
 * A warning issued during a test fails that test (through the hook's `error()`, so the other tests
 * still run); one issued while the file loads fails the file's first hook; one issued after the last
 * test fails the final hook.
 */

/** A Lit warning, by its text: Lit's own link to the message's explanation, or lit-html's two plain ones. */
export function isLitWarning(text: string): boolean {
  if (text.includes('lit.dev/msg/dev-mode')) return false;
  return (
    text.includes('lit.dev/msg/') ||
    text.startsWith('Some template strings are undefined') ||
    text.startsWith('Attempted to render the template host')
  );
}

/** Lit warnings issued and not reported yet. */
const pending: string[] = [];

const consoleWarn = console.warn;
console.warn = function warn(this: Console, ...args: unknown[]) {
  const text = args.map(String).join(' ');
  if (isLitWarning(text)) pending.push(text);
  return consoleWarn.apply(this, args);
};

const takeAll = () => pending.splice(0).join('\n');

/** Registers the root hooks; called with Mocha set up, before the test file is imported. */
export function failOnLitWarnings(mocha: Mocha): void {
  const root = mocha.suite;
  root.beforeAll('no Lit warning while loading the test file', () => {
    const issued = takeAll();
    if (issued) throw new Error(`Lit warned while the test file loaded:\n${issued}`);
  });
  root.afterEach('no Lit warning during the test', function (this: Mocha.Context) {
    const issued = takeAll();
    // Fails the test that just ran (not this hook, which would skip the tests after it).
    if (issued) (this.test as Mocha.Hook).error(new Error(`Lit warned during this test:\n${issued}`));
  });
  root.afterAll('no Lit warning after the last test', async () => {
    // Updates still queued when the last test ended.
    await new Promise((resolve) => setTimeout(resolve));
    const issued = takeAll();
    if (issued) throw new Error(`Lit warned after the last test:\n${issued}`);
  });
}
