// Builds dist/: compiles src and policies with tsc, then copies the JSON presets and schema.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
mkdirSync('dist/policies', { recursive: true });
for (const file of readdirSync('policies')) {
  if (file.endsWith('.json')) copyFileSync(`policies/${file}`, `dist/policies/${file}`);
}
