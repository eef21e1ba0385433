/** `notegraph serve` (what `npm start` runs): serves the site and rebuilds when a note changes. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'notegraph-serve-'));
const notes = path.join(dir, 'notes');
mkdirSync(notes);
writeFileSync(path.join(notes, 'a.md'), '# 容器\n\n容器（container）共享宿主机的内核。\n');
let child: ReturnType<typeof spawn> | undefined;

afterAll(() => {
  child?.kill('SIGINT');
});

describe('notegraph serve', () => {
  it('serves the built site and rebuilds it when a note changes', async () => {
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve', '--notes', notes, '--out', path.join(dir, 'site'), '--graph', path.join(dir, 'graph'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    await expect.poll(() => output, { timeout: 60_000, interval: 250 }).toContain('notegraph: serving');
    const page = () => fetch(`http://localhost:${port}/notes/a/`).then((r) => (r.ok ? r.text() : ''), () => '');
    await expect.poll(page, { timeout: 30_000, interval: 250 }).toContain('共享宿主机的内核');
    writeFileSync(path.join(notes, 'a.md'), '# 容器\n\n容器（container）是一组受限的进程。\n');
    await expect.poll(page, { timeout: 60_000, interval: 500 }).toContain('是一组受限的进程');
  });
});
