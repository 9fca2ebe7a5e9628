// A Vitest (4.x) reporter that adds one plain closing line after the default reporter's output:
//   tests: 123 passed, 0 failed
// (", N skipped" follows when tests were skipped). CI reads 'N passed, N failed' alone on a line.
// A test file that fails outside any test (an import or syntax error, a failing beforeAll with no
// tests run) and each unhandled error count as one failure each, so a broken run never reads as clean.
export default class SummaryReporter {
  onTestRunEnd(testModules, unhandledErrors = []) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let failedInModule = 0;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedInModule += 1;
        else skipped += 1; // skipped, todo, or pending (never finished)
      }
      const moduleFailed = mod.state() === 'failed' || (typeof mod.ok === 'function' && !mod.ok());
      if (moduleFailed && failedInModule === 0) failedInModule = 1;
      failed += failedInModule;
    }
    failed += unhandledErrors.length;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${tail}\n`);
  }
}
