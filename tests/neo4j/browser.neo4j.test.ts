// Neo4j Browser, served by the local server at /browser/, checked in a real headless Chromium:
// connect to the test server's Bolt port, run a count query and one report over the seed graph,
// and keep screenshots in tests/artifacts/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadGraph } from '../../src/neo4j/writer';
import { report } from '../../src/report/catalog';
import { count, resetDatabase, testDriver } from '../helpers/neo4j';
import { buildSeeds } from '../helpers/seeds';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

describe('Neo4j Browser in Chromium', () => {
  const server = inject('neo4j');
  let browser: Browser;
  let driver: Driver;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: npm install sets it up as root (apt-get install -y chromium)`);
    }
    driver = testDriver();
    await resetDatabase(driver);
    await loadGraph(driver, (await buildSeeds()).graph, { database: server.database });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await driver?.close();
  });

  async function connectedPage(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.browserUrl}?dbms=${encodeURIComponent(server.uri)}&preselectAuthMethod=NO_AUTH`, { waitUntil: 'networkidle' });
    await page.getByText('You have a working connection').waitFor({ timeout: 60_000 });
    return page;
  }

  /** Types a statement into the editor (as text, so the editor adds no brackets) and runs it. */
  async function run(page: Page, statement: string): Promise<void> {
    await page.locator('.monaco-editor textarea').first().click();
    await page.keyboard.insertText(statement);
    await page.keyboard.press('Control+Enter');
  }

  it.runIf(!server.external)('connects to the test server and shows the result of MATCH (n) RETURN count(n)', async () => {
    const expected = await count(driver, 'MATCH (n) RETURN count(n)');
    expect(expected).toBeGreaterThan(0);
    const page = await connectedPage();
    await run(page, 'MATCH (n) RETURN count(n) AS total');
    const frame = page.locator('article').filter({ hasText: 'MATCH (n) RETURN count(n) AS total' }).first();
    await frame.getByText('Started streaming 1 records').waitFor({ timeout: 60_000 });
    const cells = await frame.locator('table td').allInnerTexts();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-count.png') });
    expect(cells.map((c) => c.trim())).toContain(String(expected));
  });

  it.runIf(!server.external)('runs the post-history report with its parameters and lists both 钢城区 secretaries', async () => {
    const page = await connectedPage();
    await run(page, ":params {title: '区委书记', district: '钢城区', from: '', to: ''}");
    await page.getByText('Successfully set your parameters').waitFor({ timeout: 30_000 });
    await run(page, report('post-history').query);
    const frame = page.locator('article').filter({ hasText: 'HOLDS_POSITION' }).first();
    await frame.getByText('Started streaming 2 records').waitFor({ timeout: 60_000 });
    const text = await frame.innerText();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-post-history.png') });
    // In date order: the 2019 holder first.
    expect(text.indexOf('武树华')).toBeGreaterThan(-1);
    expect(text.indexOf('邓颂')).toBeGreaterThan(text.indexOf('武树华'));
  });
});
