// Neo4j Browser, served by the local server at /browser/, checked in a real headless Chromium:
// connect to the test server's Bolt port, run a count query, see the driver's answer in the page.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { count, testDriver } from '../helpers/neo4j';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

describe('Neo4j Browser in Chromium', () => {
  const server = inject('neo4j');
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: npm install sets it up as root (apt-get install -y chromium)`);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.runIf(!server.external)('connects to the test server and shows the result of MATCH (n) RETURN count(n)', async () => {
    const driver = testDriver();
    const expected = await count(driver, 'MATCH (n) RETURN count(n)');
    await driver.close();

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const boltUri = server.uri;
    await page.goto(`${server.browserUrl}?dbms=${encodeURIComponent(boltUri)}&preselectAuthMethod=NO_AUTH`, { waitUntil: 'networkidle' });
    await page.getByText('You have a working connection').waitFor({ timeout: 60_000 });

    await page.locator('.monaco-editor textarea').first().click();
    await page.keyboard.type('MATCH (n) RETURN count(n) AS total');
    await page.keyboard.press('Enter');
    const frame = page.locator('article').filter({ hasText: 'MATCH (n) RETURN count(n) AS total' }).first();
    await frame.getByText('Started streaming 1 records').waitFor({ timeout: 60_000 });
    const cells = await frame.locator('table td').allInnerTexts();

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-count.png') });
    expect(cells.map((c) => c.trim())).toContain(String(expected));
  });
});
