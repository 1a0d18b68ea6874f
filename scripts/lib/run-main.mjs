/**
 * Runs a script's `main(argv)` when the script is the one Node was started with (not when a test
 * or another script imports it): its resolved code becomes the exit code, and an error is one
 * line on stderr, prefixed, with exit code 1.
 */
import { pathToFileURL } from 'node:url';

export function runMainIfScript(moduleUrl, main, failurePrefix) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err) => {
        process.stderr.write(`${failurePrefix}${err.message}\n`);
        process.exitCode = 1;
      },
    );
}
