/** The `notegraph` command as a user runs it: a real process, real folders, exit codes and messages. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function notegraph(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'notegraph-cli-'));

describe('notegraph CLI', () => {
  it('--help describes every option', () => {
    const { code, stdout } = notegraph('--help');
    expect(code).toBe(0);
    for (const option of ['build', 'serve', '--notes', '--out', '--graph', '--base', '--strict', '--trust-html', '--link', '--port', '--quiet']) {
      expect(stdout).toContain(option);
    }
  });

  it('fails clearly when the notes folder is missing', () => {
    const { code, stderr } = notegraph('build', '--notes', '/nonexistent/notes-folder', '--out', path.join(tmp(), 'site'));
    expect(code).not.toBe(0);
    expect(stderr).toContain('notes folder not found: /nonexistent/notes-folder');
  });

  it('fails clearly when the folder holds no notes', () => {
    const empty = tmp();
    writeFileSync(path.join(empty, 'readme.txt'), 'not markdown');
    const dir = tmp();
    const { code, stderr } = notegraph('build', '--notes', empty, '--out', path.join(dir, 'site'), '--graph', path.join(dir, 'graph'));
    expect(code).not.toBe(0);
    expect(stderr).toContain(`no Markdown notes (.md) found in ${empty}`);
  });

  it('rejects unknown options and commands', () => {
    expect(notegraph('build', '--nope').code).toBe(2);
    expect(notegraph('publish').stderr).toContain('unknown command "publish"');
  });

  it('builds any folder of notes, writing the graph to --graph and into --out', () => {
    const dir = tmp();
    const notes = path.join(dir, 'x');
    mkdirSync(notes);
    writeFileSync(path.join(notes, 'a.md'), '---\ntitle: 容器\ntags: [容器]\n---\n容器（container）是一种轻量的隔离环境。容器共享宿主机的内核。\n');
    writeFileSync(path.join(notes, 'b.md'), '# Images\n\nAn image is a read-only template. A container (容器) starts from an image.\n');
    const { code, stdout, stderr } = notegraph('build', '--notes', notes, '--out', path.join(dir, 'x-site'), '--graph', path.join(dir, 'g'), '--base', '/sub/path');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/2 notes → \d+ concepts/);
    const graph = JSON.parse(readFileSync(path.join(dir, 'g', 'graph.json'), 'utf8'));
    expect(JSON.parse(readFileSync(path.join(dir, 'x-site', 'graph.json'), 'utf8'))).toEqual(graph);
    expect(existsSync(path.join(dir, 'x-site', 'index.html'))).toBe(true);
    // --base prefixes every site link.
    expect(readFileSync(path.join(dir, 'x-site', 'index.html'), 'utf8')).toContain('href="/sub/path/map/"');
  });

  it('reports a broken note as path:line:col, still builds, and fails only with --strict', () => {
    const dir = tmp();
    const notes = path.join(dir, 'n');
    cpSync('notes/hypervisor.md', path.join(notes, 'hypervisor.md'));
    writeFileSync(path.join(notes, 'broken.md'), '---\ntitle: [unclosed\n---\nBody text survives.\n');
    const args = ['build', '--notes', notes, '--out', path.join(dir, 's'), '--graph', path.join(dir, 'g')];
    const loose = notegraph(...args);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toMatch(/n\/broken\.md:\d+:\d+ error frontmatter is not valid YAML/);
    expect(loose.stdout).toMatch(/1 error/);
    expect(readFileSync(path.join(dir, 's', 'notes', 'broken', 'index.html'), 'utf8')).toContain('Body text survives.');
    expect(notegraph(...args, '--strict').code).toBe(1);
  });

  it('removes the pages of notes and concepts that no longer exist, and nothing else, on the next build', () => {
    const dir = tmp();
    const notes = path.join(dir, 'n');
    mkdirSync(notes);
    writeFileSync(path.join(notes, 'keep.md'), '# 容器\n\n容器（container）是一种轻量的隔离环境。\n');
    writeFileSync(path.join(notes, 'gone.md'), '# Registry\n\nA registry (镜像仓库) is a service that stores images.\n');
    const site = path.join(dir, 's');
    const args = ['build', '--notes', notes, '--out', site, '--graph', path.join(dir, 'g')];
    expect(notegraph(...args).code).toBe(0);
    const gonePage = path.join(site, 'notes', 'gone', 'index.html');
    expect(existsSync(gonePage)).toBe(true);
    const conceptPages = () => readdirSync(path.join(site, 'concepts')).sort();
    const before = conceptPages();
    expect(before).toContain('registry');
    // Files a user keeps in the output folder, also inside a route folder when they are not pages.
    writeFileSync(path.join(site, 'CNAME'), 'notes.example.org\n');
    writeFileSync(path.join(site, 'notes', 'keep.txt'), 'mine');

    rmSync(path.join(notes, 'gone.md'));
    expect(notegraph(...args).code).toBe(0);
    expect(existsSync(gonePage)).toBe(false);
    expect(existsSync(path.join(site, 'notes', 'gone'))).toBe(false);
    expect(existsSync(path.join(site, 'notes', 'keep', 'index.html'))).toBe(true);
    const after = conceptPages();
    expect(after).not.toContain('registry');
    expect(after.length).toBeGreaterThan(0);
    const graph = JSON.parse(readFileSync(path.join(site, 'graph.json'), 'utf8')) as { concepts: Array<{ url: string }> };
    // Every concept page on disk is one the graph names, and the other way round.
    expect(after.filter((name) => name !== 'index.html').map((name) => `concepts/${name}/`).sort()).toEqual(
      graph.concepts.map((c) => c.url.replace(/^\//u, '')).sort(),
    );
    expect(readFileSync(path.join(site, 'CNAME'), 'utf8')).toBe('notes.example.org\n');
    expect(readFileSync(path.join(site, 'notes', 'keep.txt'), 'utf8')).toBe('mine');
  });
});
