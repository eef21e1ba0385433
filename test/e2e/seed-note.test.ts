/** The user's original note, built as a one-note vault. Skipped (and says so) when ../shared/seeds is absent. */
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.js';

const SEED = path.resolve('../shared/seeds/000_2b976d002345cde3.txt');
const present = existsSync(SEED);
if (!present) console.warn(`seed-note.test: skipped: ${SEED} does not exist`);

describe.skipIf(!present)('the seed note', () => {
  it('builds into a site whose concepts carry both languages', async () => {
    const notes = mkdtempSync(path.join(os.tmpdir(), 'notegraph-seed-'));
    copyFileSync(SEED, path.join(notes, 'docker-intro.md'));
    const site = await buildSite(notes);
    const names = (c: { label: string; aliases: Array<{ text: string }> }) => [c.label, ...c.aliases.map((a) => a.text)].map((n) => n.toLowerCase());
    const find = (name: string) => site.graph.concepts.find((c) => names(c).includes(name.toLowerCase()));
    expect(site.graph.notes).toHaveLength(1);
    expect(find('hypervisor') && names(find('hypervisor')!)).toEqual(expect.arrayContaining(['vmm']));
    expect(find('命名空间') && names(find('命名空间')!)).toContain('namespace');
    expect(find('写时复制') && names(find('写时复制')!)).toContain('copy-on-write');
    expect(find('镜像')).toBeDefined();
    // Outline lines such as `1.2.1全虚拟化架构` are sections, with anchors in the page.
    expect(site.result.notes[0].sections.some((s) => s.number === '1.2.1')).toBe(true);
    const html = site.read(`notes/${site.result.notes[0].id}/index.html`);
    expect(html).toContain('id="1-2-1-全虚拟化架构"');
    // The comparison table survives rendering.
    expect(html).toContain('<table>');
    // Seven images are referenced and none exists: seven placeholders, seven warnings.
    expect(site.result.diagnostics.filter((d) => d.code === 'image-missing')).toHaveLength(7);
    expect(html.match(/class="ng-missing-image"/g)).toHaveLength(7);
  });
});
