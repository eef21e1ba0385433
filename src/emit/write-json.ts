/** Writes JSON files atomically (temp file + rename), so a crashed build never leaves half a graph behind. */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export async function writeJson(file: string, value: unknown, pretty = false): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
  await fs.rename(temp, file);
}
