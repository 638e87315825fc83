// The project root, found from the compiled file's place (dist/server/paths.js → ../..).
import path from "node:path";
import fs from "node:fs";

function findRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
