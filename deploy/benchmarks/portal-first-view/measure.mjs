// The customer portal's first view (issue 14), measured against a running stack.
//
//   node measure.mjs [--url URL ...] [--runs N] [--lighthouse-runs N] [--chromium PATH] [--json FILE]
//
// With several --url (e.g. main's stack and a branch's), the runs alternate between them and a table
// per further URL gives it ÷ the first per figure: a ratio from one sitting holds on a busy machine.
// 1. Headless Chromium at 390 × 844 (a phone), no throttling: N times a new browser context (empty
//    cache, no cookies) opens URL ("cold"), then a second tab in the same context opens it again
//    ("warm", the browser's HTTP cache as a returning customer has it). Per visit: first paint,
//    first contentful paint, largest contentful paint, when the lookup form's order-number field is
//    usable (upgraded vaadin-text-field, visible, enabled), and the JavaScript decoded per view by
//    resource (bytes transferred too: 0 means served from the cache without asking the server).
// 2. Lighthouse's default mobile profile (Moto G Power screen, slow 4G: 150 ms RTT, 1.6 Mbit/s down,
//    4× CPU slowdown; simulated throttling as PageSpeed reports it), N runs on an empty cache:
//    FCP, LCP, speed index, total blocking time, time to interactive.
// Medians are printed (min–max beside them), as a Markdown table for deploy/benchmarks/README.md.
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string', multiple: true, default: ['http://localhost:8080/portal/umi-outdoor'] },
    runs: { type: 'string', default: '5' },
    'lighthouse-runs': { type: 'string', default: '3' },
    chromium: { type: 'string', default: process.env.CHROMIUM || '/usr/bin/chromium' },
    json: { type: 'string' },
  },
});
const runs = Number(opts.runs);
const lighthouseRuns = Number(opts['lighthouse-runs']);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const chromeFlags = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

// Installed before any of the page's own scripts: LCP observer and the "form usable" moment.
const probe = () => {
  window.__kaeru = { lcp: 0, formUsable: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__kaeru.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const usable = () => {
    const field = document.querySelector('#order-number');
    const input = field && field.querySelector('input');
    return !!(input && customElements.get('vaadin-text-field') && field.shadowRoot
      && !input.disabled && input.getBoundingClientRect().height > 0);
  };
  const check = () => {
    if (window.__kaeru.formUsable) return;
    if (usable()) window.__kaeru.formUsable = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

async function visit(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.__kaeru.formUsable > 0, { timeout: 60_000, polling: 50 });
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 });
  return page.evaluate(() => {
    const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
    const js = performance.getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({ name: new URL(e.name).pathname.split('/').pop(), decoded: e.decodedBodySize, transferred: e.transferSize }));
    return {
      firstPaint: paint['first-paint'] ?? NaN,
      firstContentfulPaint: paint['first-contentful-paint'] ?? NaN,
      largestContentfulPaint: window.__kaeru.lcp,
      formUsable: window.__kaeru.formUsable,
      jsDecoded: js.reduce((s, e) => s + e.decoded, 0),
      jsTransferred: js.reduce((s, e) => s + e.transferred, 0),
      js,
    };
  });
}

async function openPage(context) {
  const page = await context.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument(probe);
  return page;
}

async function browserVisits(byUrl) {
  const browser = await puppeteer.launch({ executablePath: opts.chromium, headless: true, args: chromeFlags });
  try {
    for (let i = 0; i < runs; i++) {
      for (const [url, result] of byUrl) {
        const context = await browser.createBrowserContext();
        result.cold.push(await visit(await openPage(context), url));
        result.warm.push(await visit(await openPage(context), url));
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
}

async function lighthouseMobile(url) {
  const chrome = await chromeLauncher.launch({ chromePath: opts.chromium, chromeFlags: ['--headless=new', ...chromeFlags] });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const ms = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      firstContentfulPaint: ms('first-contentful-paint'),
      largestContentfulPaint: ms('largest-contentful-paint'),
      speedIndex: ms('speed-index'),
      totalBlockingTime: ms('total-blocking-time'),
      interactive: ms('interactive'),
      performanceScore: Math.round((lhr.categories.performance.score ?? 0) * 100),
      throttling: lhr.configSettings.throttling,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      lighthouseVersion: lhr.lighthouseVersion,
    };
  } finally {
    await chrome.kill();
  }
}

const cell = (xs, unit = 'ms') => {
  if (!xs.length) return 'n/a';
  const f = (x) => (unit === 'kB' ? (x / 1000).toFixed(0) : x.toFixed(0));
  return `${f(median(xs))} ${unit} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
};

const started = new Date().toISOString();
const byUrl = new Map(opts.url.map((url) => [url, { cold: [], warm: [], mobile: [] }]));
await browserVisits(byUrl);
for (let i = 0; i < lighthouseRuns; i++) {
  for (const [url, result] of byUrl) result.mobile.push(await lighthouseMobile(url));
}

const browserRows = [
  ['first paint', 'firstPaint', 'ms'],
  ['first contentful paint', 'firstContentfulPaint', 'ms'],
  ['largest contentful paint', 'largestContentfulPaint', 'ms'],
  ['order-number field usable', 'formUsable', 'ms'],
  ['JavaScript decoded per view', 'jsDecoded', 'kB'],
  ['JavaScript transferred per view', 'jsTransferred', 'kB'],
];
const mobileRows = [
  ['first contentful paint', 'firstContentfulPaint'], ['largest contentful paint', 'largestContentfulPaint'],
  ['speed index', 'speedIndex'], ['total blocking time', 'totalBlockingTime'], ['time to interactive', 'interactive'],
];
for (const [url, { cold, warm, mobile }] of byUrl) {
  console.log(`\n## ${url} — ${started}, ${runs} visits each (median, min–max)\n`);
  console.log('| 390 × 844, no throttling | cold (empty cache) | warm (second visit) |');
  console.log('|---|---|---|');
  for (const [label, key, unit] of browserRows) {
    console.log(`| ${label} | ${cell(cold.map((r) => r[key]), unit)} | ${cell(warm.map((r) => r[key]), unit)} |`);
  }
  console.log('\nJavaScript of the last cold view (file, decoded bytes, transferred bytes):');
  for (const e of cold.at(-1).js) console.log(`  ${e.name}  ${e.decoded}  ${e.transferred}`);
  if (mobile.length) {
    const t = mobile[0].throttling;
    console.log(`\n| Lighthouse ${mobile[0].lighthouseVersion} mobile (${mobile[0].throttlingMethod}: RTT ${t.rttMs} ms, ` +
      `${(t.throughputKbps / 1024).toFixed(1)} Mbit/s, CPU ${t.cpuSlowdownMultiplier}×), ${mobile.length} runs | median (min–max) |`);
    console.log('|---|---|');
    for (const [label, key] of mobileRows) console.log(`| ${label} | ${cell(mobile.map((r) => r[key]))} |`);
    console.log(`| performance score | ${median(mobile.map((r) => r.performanceScore))} |`);
  }
}
const [[firstUrl, first], ...others] = [...byUrl];
for (const [url, other] of others) {
  const ratio = (xs, ys) => (xs.length && ys.length ? (median(ys) / median(xs)).toFixed(2) : 'n/a');
  const of = (result, part, key) => result[part].map((r) => r[key]);
  console.log(`\n## ${url} ÷ ${firstUrl} (medians, same sitting)\n`);
  console.log('| figure | cold | warm | Lighthouse mobile |');
  console.log('|---|---|---|---|');
  for (const [label, key] of browserRows) {
    const lh = mobileRows.some(([, k]) => k === key) ? ratio(of(first, 'mobile', key), of(other, 'mobile', key)) : '';
    console.log(`| ${label} | ${ratio(of(first, 'cold', key), of(other, 'cold', key))} | ` +
      `${ratio(of(first, 'warm', key), of(other, 'warm', key))} | ${lh} |`);
  }
}
if (opts.json) writeFileSync(opts.json, JSON.stringify({ started, results: Object.fromEntries(byUrl) }, null, 2));
