// End-to-end harness: Debian's Chromium with the built extension, fixture pages on 127.0.0.1,
// and the real toolbar popup driven over the DevTools protocol.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import WebSocket from 'ws';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Serves a folder of fixture pages (and generated ones, by path) on 127.0.0.1 at a free port. */
export async function serveFixtures(dir = join(ROOT, 'tests/fixtures/pages'), generated = {}) {
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // Pages too big to keep as files are made on request.
    // A generated page is its HTML, or { body, headers } when it needs response headers of its own.
    if (generated[path]) {
      const page = generated[path]();
      const { body, headers = {} } = typeof page === 'string' ? { body: page } : page;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
      return;
    }
    const file = resolve(dir, '.' + path);
    if (!file.startsWith(dir) || !existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const type = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf', '.png': 'image/png', '.svg': 'image/svg+xml' }[extname(file)] ?? 'application/octet-stream';
    // Pages that need absolute URLs of this server write {{ORIGIN}}.
    const body = type.startsWith('text/html') ? readFileSync(file, 'utf8').replaceAll('{{ORIGIN}}', `http://127.0.0.1:${server.address().port}`) : readFileSync(file);
    // A page can come with response headers of its own (a CSP, for instance) in NAME.headers.json.
    const extra = existsSync(`${file}.headers.json`) ? JSON.parse(readFileSync(`${file}.headers.json`, 'utf8')) : {};
    res.writeHead(200, { 'content-type': type, ...extra }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: (p) => `http://127.0.0.1:${server.address().port}/${p}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Starts Chromium with an unpacked extension, with nothing attached to it yet: `ws` is the browser's DevTools
 * endpoint. `stop()` ends it and returns the extension contexts' requests from the net log.
 */
export async function startChromium(extDir = join(ROOT, 'dist-test'), { headless = true, colorScheme, extraArgs = [], pin = true } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'ringkas-e2e-'));
  const extensionId = extensionIdOf(extDir);
  if (pin) pinExtension(profile, extensionId);
  const args = [
    headless ? '--headless=new' : '', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0', `--user-data-dir=${profile}`,
    `--log-net-log=${join(profile, 'netlog.json')}`, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--lang=en-US',
    colorScheme ? `--force-dark-mode=${colorScheme === 'dark'}` : '', ...extraArgs, 'about:blank',
  ].filter(Boolean);
  const proc = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise((res, rej) => {
    let buf = '';
    const timer = setTimeout(() => rej(new Error('Chromium did not start: ' + buf.slice(-500))), 30000);
    proc.stderr.on('data', (d) => {
      buf += d;
      const m = buf.match(/DevTools listening on (ws:\S+)/);
      if (m) { clearTimeout(timer); res(m[1]); }
    });
  });
  return {
    ws, extensionId, httpBase: ws.replace(/^ws:\/\/([^/]+)\/.*/, 'http://$1'),
    async stop() {
      proc.kill('SIGKILL');
      await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
      const requests = extensionRequests(join(profile, 'netlog.json'), extensionId);
      // Chromium's helper processes may still hold files for a moment; a leftover temp profile is harmless.
      try { rmSync(profile, { recursive: true, force: true, maxRetries: 5 }); } catch { /* left in the temp folder */ }
      return requests;
    },
  };
}

/** Starts Chromium with an unpacked extension and connects Playwright to it. */
export async function launchWithExtension(extDir = join(ROOT, 'dist-test'), options = {}) {
  const started = await startChromium(extDir, options);
  const browser = await chromium.connectOverCDP(started.ws);
  const context = browser.contexts()[0];
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (extensionId !== started.extensionId) throw new Error(`expected ${started.extensionId} but Chromium loaded the extension as ${extensionId}`);
  return {
    browser, context, worker, extensionId, httpBase: started.httpBase,
    async close() {
      await browser.close().catch(() => {});
      return started.stop();
    },
  };
}

/** An unpacked extension's id: the SHA-256 of its absolute path, letters a–p for hex digits. */
function extensionIdOf(extDir) {
  return [...createHash('sha256').update(resolve(extDir)).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * Pins the extension to the toolbar, as a reader who uses it daily has it. An unpinned action is first popped
 * out into the toolbar with an animation before its popup opens, which would count in click-to-content times.
 */
function pinExtension(profile, id) {
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify({ extensions: { pinned_extensions: [id] } }));
}

/**
 * Every network request that the extension's own contexts (service worker, popup, reader) started, read from
 * Chromium's net log, which sees all of them whatever their kind. Page loads are started by the pages.
 */
export function extensionRequests(netlogFile, extensionId) {
  if (!existsSync(netlogFile)) return [{ url: 'no net log was written' }];
  // One event per line after the constants line; a killed browser may leave the last line cut off, so each
  // line is read on its own.
  const lines = readFileSync(netlogFile, 'utf8').split('\n');
  const constants = JSON.parse(`${lines[0].replace(/,\s*$/, '')}}`).constants;
  const startJob = constants.logEventTypes.URL_REQUEST_START_JOB;
  const out = [];
  for (const line of lines.slice(1)) {
    if (!line.startsWith('{') || !line.includes(extensionId)) continue;
    let e;
    try { e = JSON.parse(line.replace(/\]?,?\s*$/, '')); } catch { continue; }
    if (e.type === startJob && e.params?.url && e.params.initiator === `chrome-extension://${extensionId}`) out.push({ url: e.params.url, method: e.params.method });
  }
  return out;
}

/**
 * The one kind of request an extension page may make: the reader view loading the article's own images
 * (here, image files of the fixture server). Anything else is a leak.
 */
export function forbiddenRequests(requests) {
  return requests.filter((r) => !(r.method === 'GET' && /^http:\/\/127\.0\.0\.1:\d+\/[^?#]*\.(svg|png|jpe?g|gif|webp)$/.test(r.url)));
}

/** A minimal DevTools-protocol client for one target (the popup is not a tab, so Playwright does not list it). */
export class CdpTarget {
  constructor(socket) {
    this.socket = socket;
    this.nextId = 1;
    this.pending = new Map();
    socket.on('message', (data) => {
      const msg = JSON.parse(String(data));
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      msg.error ? p.reject(new Error(msg.error.message)) : p.resolve(msg.result);
    });
    // A closed target (the popup closes itself) fails its pending calls instead of hanging the test.
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error('the target closed'));
      this.pending.clear();
    });
  }

  static async connect(wsUrl) {
    const socket = new WebSocket(wsUrl, { perMessageDeflate: false });
    await new Promise((r, j) => { socket.once('open', r); socket.once('error', j); });
    return new CdpTarget(socket);
  }

  send(method, params = {}) {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  /** Evaluates an expression (awaiting promises) and returns its JSON value. */
  async evaluate(expression) {
    const r = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true, userGesture: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }

  /** Polls until `expression` is truthy. */
  async waitFor(expression, timeout = 10000) {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await this.evaluate(expression).catch(() => undefined);
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** A real (trusted) mouse click in the middle of the element. */
  async click(selector) {
    const box = await this.evaluate(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
    for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    }
  }

  async screenshot() {
    const { data } = await this.send('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  close() { this.socket.close(); }
}

/** The DevTools targets Chromium lists: tabs, extension pages, popups, workers. */
export async function listTargets(httpBase) {
  return (await fetch(`${httpBase}/json/list`)).json();
}

/** The ids of the targets open now, to tell a popup opened after from one already there. */
export async function targetIds(httpBase) {
  return new Set((await listTargets(httpBase)).map((t) => t.id));
}

/** Connects to the extension's popup once it is listed, one not among `before` (target ids). */
export async function connectNewPopup(httpBase, extensionId, before, timeout = 10000) {
  const popupUrl = `chrome-extension://${extensionId}/src/popup/index.html`;
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const t = (await listTargets(httpBase)).find((x) => x.url.startsWith(popupUrl) && !before.has(x.id));
    if (t) return CdpTarget.connect(t.webSocketDebuggerUrl);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the popup did not open');
}

/** Opens the real toolbar popup for the active tab and connects to it. */
export async function openPopup(env) {
  const before = await targetIds(env.httpBase);
  // While a popup is still closing, openPopup() fails for a moment ("Failed to open popup", or no active
  // window yet): try again shortly.
  for (let attempt = 0; ; attempt++) {
    try {
      await env.worker.evaluate(() => chrome.action.openPopup());
      break;
    } catch (e) {
      if (attempt >= 30 || !/Failed to open popup|active browser window/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return connectNewPopup(env.httpBase, env.extensionId, before);
}

/**
 * The setup every end-to-end file shares: fixture server and Chromium with the extension before the tests,
 * and after them the no-network check: the net log must show no request by an extension context other
 * than the reader's article images. Fields are filled in by the hooks.
 */
export function extensionSuite({ generated = {}, clipboard = false } = {}) {
  const suite = { env: undefined, server: undefined, requests: [] };
  before(async () => {
    suite.server = await serveFixtures(undefined, generated);
    suite.env = await launchWithExtension();
    if (clipboard) {
      const cdp = await suite.env.browser.newBrowserCDPSession();
      await cdp.send('Browser.grantPermissions', {
        origin: `chrome-extension://${suite.env.extensionId}`,
        permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
      });
    }
  });
  after(async () => {
    suite.requests = (await suite.env?.close()) ?? [];
    await suite.server?.close();
    assert.deepEqual(forbiddenRequests(suite.requests), []);
  });
  return suite;
}
