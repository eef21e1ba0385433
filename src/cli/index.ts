/** Process entry: runs the CLI and sets the exit code. */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`notegraph: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
