#!/usr/bin/env node
/// <reference types="node" />
// The `gme-result` bin: a thin shell around `runCli` (explain.ts) and `simulate` (simulate.ts).
// Node-only; the library's index never imports it.
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './explain.js';
import { simulate } from './simulate.js';

const argv = process.argv.slice(2);
if (argv[0] === 'simulate') {
  process.exitCode = await simulate(argv.slice(1), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text),
    progressStream: process.stderr.isTTY ? process.stderr : undefined,
  });
} else {
  const { stdout, stderr, exitCode } = runCli(argv, process.env);
  if (stdout.length > 0) process.stdout.write(`${stdout.join('\n')}\n`);
  if (stderr.length > 0) process.stderr.write(`${stderr.join('\n')}\n`);
  process.exitCode = exitCode;
}
