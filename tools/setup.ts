// Runs after `npm install` (postinstall): fetches what govgraph needs beyond npm, once and idempotently —
// the Neo4j jars from Maven Central (the local launcher) and Debian's Chromium with a CJK font (the
// Browser test and its screenshots).
// Each missing piece is one line saying what is fetched; whatever can't be set up here is one line
// saying how to get it, and never fails the install. GOVGRAPH_SKIP_SETUP=1 skips it all.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { isGovgraphError } from '../src/errors';
import { ensureLauncherBuilt, isLauncherBuilt, missingToolchain } from '../src/neo4j/local-server';

export const CHROMIUM = '/usr/bin/chromium';
// Without a CJK font, Chinese in the Browser screenshots renders as empty boxes.
const CJK_FONT_PACKAGE = 'fonts-wqy-zenhei';
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

async function neo4jLauncher(): Promise<void> {
  if (isLauncherBuilt()) {
    console.log('govgraph setup: local Neo4j launcher already built');
    return;
  }
  const missing = missingToolchain();
  if (missing) {
    console.log(`govgraph setup: no local Neo4j (${missing}); install Java 17+ and Maven, or set NEO4J_URI to a Neo4j server`);
    return;
  }
  await ensureLauncherBuilt();
  console.log('govgraph setup: local Neo4j launcher built (tools/neo4j/target)');
}

function chromium(): void {
  const missing = [...(fs.existsSync(CHROMIUM) ? [] : ['chromium']), ...(fs.existsSync(CJK_FONT) ? [] : [CJK_FONT_PACKAGE])];
  if (missing.length === 0) {
    console.log(`govgraph setup: Chromium found at ${CHROMIUM}`);
    return;
  }
  const root = process.getuid?.() === 0;
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!root || !apt) {
    console.log(`govgraph setup: missing ${missing.join(' and ')}; the Browser test needs them (Debian: sudo apt-get install -y ${missing.join(' ')})`);
    return;
  }
  console.log(`govgraph setup: installing Debian's ${missing.join(' and ')} for the Neo4j Browser test (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const install = update.status === 0
    ? spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env })
    : update;
  console.log(install.status === 0 && fs.existsSync(CHROMIUM)
    ? `govgraph setup: installed ${missing.join(' and ')}`
    : `govgraph setup: installing Chromium failed (apt-get exit ${install.status}); the Browser test will fail until ${CHROMIUM} exists`);
}

async function main(): Promise<void> {
  if (process.env.GOVGRAPH_SKIP_SETUP === '1') return;
  try {
    await neo4jLauncher();
  } catch (err) {
    if (!isGovgraphError(err)) throw err;
    console.log(`govgraph setup: ${err.message}`);
  }
  chromium();
}

main().catch((err: unknown) => {
  console.error('govgraph setup failed:', err);
  process.exitCode = 1;
});
