// Page-side measurements for the client bench, injected before the app's scripts
// (`context.addInitScript`). Plain JavaScript: it runs in the browser, and the test project
// type-checks against Node's lib only. Times are `performance.now()` / event `timeStamp`
// values, both measured from the navigation's time origin.
(() => {
  // (a) When the first section's editor is editable and holds its text. The text to wait for
  // is read from sessionStorage (`lianban.bench.expect`), set by the bench before navigating.
  const expected = sessionStorage.getItem('lianban.bench.expect');
  if (expected) {
    const check = () => {
      if (window.lianbanBenchEditableAt !== undefined) return;
      const editor = document.querySelector('.ProseMirror');
      if (
        editor?.getAttribute('contenteditable') === 'true' &&
        editor.textContent.includes(expected)
      ) {
        window.lianbanBenchEditableAt = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }

  // (b) Keystroke to paint: from the keydown (or, for text inserted without a key, the
  // beforeinput) to the first frame produced after the editor's DOM changed. The frame is
  // taken as done when a message posted from its requestAnimationFrame callback arrives (the
  // rendering step runs between the two).
  const samples = [];
  const waiters = [];
  let pending = null;
  const arm = (t0, kind) => {
    pending = { t0, kind, reflected: false, handledAt: performance.now() };
  };
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey)
        arm(event.timeStamp, 'keydown');
    },
    true,
  );
  document.addEventListener(
    'beforeinput',
    (event) => {
      if (!pending) arm(event.timeStamp, 'beforeinput');
    },
    true,
  );
  const longTasks = [];
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push({ duration: entry.duration, start: entry.startTime });
      }
    }).observe({ type: 'longtask', buffered: true });
  }
  window.lianbanBenchKeys = {
    /** Starts watching the editor with this accessible name. */
    watch(label) {
      const editor = [...document.querySelectorAll('.ProseMirror')].find(
        (element) => element.getAttribute('aria-label') === label,
      );
      if (!editor) return false;
      new MutationObserver(() => {
        const sample = pending;
        if (!sample || sample.reflected) return;
        sample.reflected = true;
        const domAt = performance.now();
        requestAnimationFrame(() => {
          const rafAt = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            if (pending === sample) pending = null;
            samples.push({
              kind: sample.kind,
              t0: sample.t0,
              delay: sample.handledAt - sample.t0,
              dom: domAt - sample.t0,
              raf: rafAt - sample.t0,
              frame: performance.now() - sample.t0,
            });
            for (const resolve of waiters.splice(0)) resolve();
          };
          channel.port2.postMessage(null);
        });
      }).observe(editor, { subtree: true, childList: true, characterData: true });
      return true;
    },
    /** Resolves once more than `count` samples exist. */
    after(count) {
      if (samples.length > count) return Promise.resolve(samples.length);
      return new Promise((resolve) => waiters.push(() => resolve(samples.length)));
    },
    samples: () => samples,
    /** Main-thread tasks of 50 ms or more since `since`. */
    longTasks: (since) => longTasks.filter((entry) => entry.start >= since),
    textLength: (label) =>
      [...document.querySelectorAll('.ProseMirror')].find(
        (element) => element.getAttribute('aria-label') === label,
      )?.textContent.length ?? 0,
  };
})();
