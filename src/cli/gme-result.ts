#!/usr/bin/env node
/// <reference types="node" />
// The `gme-result` bin: a thin shell around `runCli` (see explain.ts). Node-only; the library's
// index never imports it.
import { runCli } from './explain.js';

const { stdout, stderr, exitCode } = runCli(process.argv.slice(2), process.env);
if (stdout.length > 0) process.stdout.write(`${stdout.join('\n')}\n`);
if (stderr.length > 0) process.stderr.write(`${stderr.join('\n')}\n`);
process.exitCode = exitCode;
