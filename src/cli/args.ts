/** Command-line arguments → a command and Options. Unknown flags are errors, not silently ignored. */
import { parseArgs } from 'node:util';
import type { Options } from '../options.js';

export type Command = 'build' | 'serve' | 'help' | 'version';

export interface ParsedArgs {
  command: Command;
  options: Partial<Options>;
  port?: number;
}

export const HELP = `notegraph — turn a folder of Markdown notes into a concept-graph website

Usage:
  notegraph build [options]    build the site and the graph once
  notegraph serve [options]    build, serve on localhost, rebuild and reload when a note changes
  notegraph --help | --version

Options:
  --notes DIR     folder of Markdown notes to read (default: notes/)
  --out DIR       folder the website is written to (default: _site/)
  --graph DIR     folder of the optional vocabulary concepts.yaml and of the written graph.json (default: graph/)
  --base PATH     URL path the site is served under, e.g. /my-repo/ for GitHub Pages project sites (default: /)
  --strict        exit non-zero when any note has an error (default: report errors, build everything else)
  --trust-html    keep raw HTML in notes as written (default: sanitise it with an allow-list)
  --link MODE     which mentions become links: section (first per section), note, all, none (default: section)
  --port N        port for serve (default: 8080)
  --quiet         print errors only
  -h, --help      show this help
  -v, --version   print the version
`;

export class UsageError extends Error {}

export function parseCommandLine(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        notes: { type: 'string' },
        out: { type: 'string' },
        graph: { type: 'string' },
        base: { type: 'string' },
        strict: { type: 'boolean' },
        'trust-html': { type: 'boolean' },
        link: { type: 'string' },
        port: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', options: {} };
  if (values.version) return { command: 'version', options: {} };
  const command = positionals[0] ?? 'help';
  if (command !== 'build' && command !== 'serve') throw new UsageError(`unknown command "${command}" (expected build or serve)`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const link = values.link;
  if (link !== undefined && !['section', 'note', 'all', 'none'].includes(link)) throw new UsageError(`--link must be section, note, all or none, not "${link}"`);
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port <= 0 || port > 65535)) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  return {
    command,
    port,
    options: {
      notesDir: values.notes,
      outDir: values.out,
      graphDir: values.graph,
      base: values.base,
      strict: values.strict,
      trustHtml: values['trust-html'],
      linkMentions: link as Options['linkMentions'] | undefined,
      quiet: values.quiet,
    },
  };
}
