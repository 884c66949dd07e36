// Opening the popup 200 times on one tab must not grow the service worker's or the page's heap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CdpTarget, extensionSuite, listTargets, openPopup } from './harness.mjs';

const OPENINGS = Number(process.env.MEMORY_OPENINGS ?? 200);
/** Allowed growth of each heap (after garbage collection) from the 20th opening to the last. */
const BOUND_BYTES = 2 * 1024 * 1024;

const suite = extensionSuite();

/** Used JS heap of a target after a full garbage collection. */
async function heapAfterGc(target) {
  await target.send('HeapProfiler.collectGarbage');
  await target.send('HeapProfiler.collectGarbage');
  return (await target.send('Runtime.getHeapUsage')).usedSize;
}

test(`opening the popup ${OPENINGS} times keeps the worker's and the page's heaps within ${BOUND_BYTES / 1024 / 1024} MB`, async () => {
  const page = await suite.env.context.newPage();
  await page.goto(suite.server.url('reader-rich.html'));
  await page.bringToFront();
  const targets = await listTargets(suite.env.httpBase);
  const worker = await CdpTarget.connect(targets.find((t) => t.type === 'service_worker' && t.url.includes(suite.env.extensionId)).webSocketDebuggerUrl);
  const tab = await CdpTarget.connect(targets.find((t) => t.type === 'page' && t.url === page.url()).webSocketDebuggerUrl);
  let baseline;
  for (let i = 1; i <= OPENINGS; i++) {
    const popup = await openPopup(suite.env);
    await popup.waitFor(`document.querySelector('main.summary')`);
    await popup.evaluate('window.close()').catch(() => {});
    popup.close();
    if (i === 20) baseline = { worker: await heapAfterGc(worker), page: await heapAfterGc(tab) };
  }
  const end = { worker: await heapAfterGc(worker), page: await heapAfterGc(tab) };
  const mb = (x) => (x / 1024 / 1024).toFixed(2);
  console.log(`# heaps after 20 → ${OPENINGS} openings: worker ${mb(baseline.worker)} → ${mb(end.worker)} MB, page ${mb(baseline.page)} → ${mb(end.page)} MB`);
  assert.ok(end.worker - baseline.worker < BOUND_BYTES, `worker heap grew by ${mb(end.worker - baseline.worker)} MB`);
  assert.ok(end.page - baseline.page < BOUND_BYTES, `page heap grew by ${mb(end.page - baseline.page)} MB`);
  worker.close();
  tab.close();
  await page.close();
});
