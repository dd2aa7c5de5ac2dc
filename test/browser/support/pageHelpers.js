// Injected into every test page before the app's own scripts (`context.addInitScript`). Plain
// JavaScript on purpose: it runs in the browser, and the test project type-checks against Node's
// lib only. The TypeScript side calls it through `PageHelpers` (pageHelpers.ts).
(() => {
  const sockets = [];
  const NativeWebSocket = window.WebSocket;
  // Remember every WebSocket the app opens, so a test can drop them: Chromium's offline
  // emulation stops new connections but leaves open ones alone.
  window.WebSocket = new Proxy(NativeWebSocket, {
    construct(target, args, newTarget) {
      const socket = Reflect.construct(target, args, newTarget);
      sockets.push(socket);
      return socket;
    },
  });

  /** Text nodes of an editor in document order, without widgets (carets, their labels). */
  function textNodes(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      // The nearest widget or editor root: text inside a widget is not document text.
      acceptNode: (node) =>
        node.parentElement?.closest('[contenteditable="false"], .ProseMirror') === root ||
        !root.classList.contains('ProseMirror')
          ? NodeFilter.FILTER_ACCEPT
          : NodeFilter.FILTER_REJECT,
    });
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    return nodes;
  }

  function editorByLabel(label) {
    for (const element of document.querySelectorAll('[aria-label]')) {
      if (
        element.getAttribute('aria-label') === label &&
        element.classList.contains('ProseMirror')
      ) {
        return element;
      }
    }
    return null;
  }

  /** Where the text offset `offset` of `nodes` (concatenated) lies. */
  function locate(nodes, offset, preferEnd) {
    let seen = 0;
    for (const node of nodes) {
      const length = node.data.length;
      if (offset < seen + length || (preferEnd && offset === seen + length)) {
        return { node, offset: offset - seen };
      }
      seen += length;
    }
    const last = nodes.at(-1);
    return last ? { node: last, offset: last.data.length } : null;
  }

  window.lianbanTest = {
    /** readyState of every WebSocket the page opened, oldest first. */
    socketStates: () => sockets.map((socket) => socket.readyState),
    /** Closes every open or connecting WebSocket. */
    closeSockets() {
      for (const socket of sockets) if (socket.readyState <= 1) socket.close();
      return sockets.length;
    },
    /**
     * Selects `text` (its first occurrence) in the editor labelled `label`, as a mouse
     * selection would, or puts the caret right after it with `caretAfter`. False if not found.
     */
    select(label, text, caretAfter) {
      const editor = editorByLabel(label);
      if (!editor) return false;
      const nodes = textNodes(editor);
      const whole = nodes.map((node) => node.data).join('');
      const start = whole.indexOf(text);
      if (start < 0) return false;
      const end = start + text.length;
      const from = caretAfter ? locate(nodes, end, true) : locate(nodes, start, false);
      const to = locate(nodes, end, true);
      if (!from || !to) return false;
      editor.focus();
      window.getSelection().setBaseAndExtent(from.node, from.offset, to.node, to.offset);
      return true;
    },
    /** An editor's document text, its top-level blocks joined with '\n' (carets left out). */
    documentText(label) {
      const editor = editorByLabel(label);
      if (!editor) return null;
      const blocks = new Map([...editor.children].map((block) => [block, '']));
      for (const node of textNodes(editor)) {
        let block = node.parentElement;
        while (block && block.parentElement !== editor) block = block.parentElement;
        if (block && blocks.has(block)) blocks.set(block, blocks.get(block) + node.data);
      }
      return [...blocks.values()].join('\n');
    },
    /** The text under an annotation's highlight in an editor (every decorated piece, joined). */
    highlightedText(label, threadId) {
      const editor = editorByLabel(label);
      if (!editor) return null;
      const pieces = editor.querySelectorAll(`[data-annotation-id="${CSS.escape(threadId)}"]`);
      return [...pieces]
        .map((piece) =>
          textNodes(piece)
            .map((node) => node.data)
            .join(''),
        )
        .join('');
    },
    /** The caret labels other editors show in the editor labelled `label`. */
    caretLabels(label) {
      const editor = editorByLabel(label);
      if (!editor) return [];
      return [...editor.querySelectorAll('.collab-caret__label')].map((node) => node.textContent);
    },
    /** Whether the page is controlled by the app's service worker. */
    controlled: () => navigator.serviceWorker?.controller != null,
  };
})();
