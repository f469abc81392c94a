// Component and SDK tests in real Chromium (Debian's), TypeScript compiled by esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_FLAGS, CHROME_HELP, chromePath } from './test/support/chromium.mjs';
import { endpointMiddleware } from './test/support/endpoint-middleware.mjs';
import { countReporter } from './test/support/wtr-count-reporter.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const executablePath = chromePath();
if (!executablePath) {
  console.error(CHROME_HELP);
  process.exit(1);
}

export default {
  // The collector is a Node package: its tests run under node:test (scripts/test.mjs).
  files: ['packages/{core,elements,embed}/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' })],
  middleware: [endpointMiddleware()],
  concurrency: 2,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, args: CHROME_FLAGS },
      // One browser context (its own window) per test page: a page in a background tab is
      // hidden, which fires visibilitychange and swallows keystrokes.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [
    process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(),
    countReporter(process.env.TP_COUNT_FILE),
  ],
};
