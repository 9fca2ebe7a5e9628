#!/usr/bin/env node
// Builds what is out of date before `npm start`, `npm run test:e2e` and `npm run bench`.
//   server: `npm run build:server` when dist/cli/index.js is missing or older than anything
//           under src/core, src/server, src/cli (test files aside) or the tsconfig files;
//   web:    `npm run build:web` when dist/web/index.html is missing or older than anything
//           under src/web (or src/core, which the web app may import), vite.config.ts or index.html.
// Plain Node ESM with no dependencies. Set CULTIVATE_FORCE_BUILD=1 to build both regardless.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = ['1', 'true', 'yes'].includes(process.env.CULTIVATE_FORCE_BUILD ?? '');

/** Newest modification time (ms) of the files under the given paths, and the file it belongs to. */
function newest(paths, { skip = () => false } = {}) {
  let best = { mtime: 0, file: null };
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return; // a missing input is no reason to build
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        visit(path.join(p, name));
      }
    } else if (st.isFile() && !skip(p) && st.mtimeMs > best.mtime) {
      best = { mtime: st.mtimeMs, file: p };
    }
  };
  for (const p of paths) visit(path.join(root, p));
  return best;
}

function mtimeOf(file) {
  try {
    return fs.statSync(path.join(root, file)).mtimeMs;
  } catch {
    return null;
  }
}

const isTestFile = (p) => /\.(test|spec)\.tsx?$/.test(p);

const targets = [
  {
    name: 'server',
    script: 'build:server',
    output: 'dist/cli/index.js',
    inputs: ['src/core', 'src/server', 'src/cli', 'tsconfig.json', 'tsconfig.server.json'],
    skip: isTestFile,
  },
  {
    name: 'web',
    script: 'build:web',
    output: 'dist/web/index.html',
    inputs: ['src/web', 'src/core', 'vite.config.ts', 'index.html'],
    skip: isTestFile,
  },
];

for (const t of targets) {
  const builtAt = mtimeOf(t.output);
  let reason = null;
  if (force) reason = 'CULTIVATE_FORCE_BUILD is set';
  else if (builtAt === null) reason = `${t.output} is missing`;
  else {
    const n = newest(t.inputs, { skip: t.skip });
    if (n.mtime > builtAt) reason = `${path.relative(root, n.file)} is newer than ${t.output}`;
  }
  if (!reason) {
    console.log(`build-if-stale: ${t.name} is up to date (${t.output})`);
    continue;
  }
  console.log(`build-if-stale: building ${t.name} because ${reason}: npm run ${t.script}`);
  const started = Date.now();
  const r = spawnSync('npm', ['run', t.script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`build-if-stale: npm run ${t.script} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
  console.log(`build-if-stale: ${t.name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
