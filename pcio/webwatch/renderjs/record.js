// Runs before the page's scripts: records what each script writes into the document
// (document.write, innerHTML/outerHTML, insertAdjacentHTML, appended nodes) and which
// script did it, so a finding can name the script. Sockets and WebRTC would pass outside
// the route handler: they are removed.
(() => {
  const writes = [];
  const MAX = 300;
  Object.defineProperty(window, "__pcioWrites", { value: writes, enumerable: false });
  for (const name of ["WebSocket", "RTCPeerConnection", "webkitRTCPeerConnection"]) {
    try { delete window[name]; window[name] = undefined; } catch (e) { /* read only */ }
  }
  function who() {
    const s = document.currentScript;
    if (s) return s.src ? { src: s.src } : { inline: (s.textContent || "").slice(0, 20000) };
    // a timer or event callback: the stack names the file (the page itself when inline)
    for (const line of (new Error().stack || "").split("\n").slice(2)) {
      const m = line.match(/(https?:\/\/[^\s)]+?):\d+:\d+/);
      if (m) return { src: m[1] };
    }
    return { src: "" };
  }
  function note(how, html) {
    if (writes.length < MAX) writes.push({ how, html: String(html).slice(0, 3000), ...who() });
  }
  function wrap(proto, name, how, text) {
    const original = proto[name];
    if (typeof original !== "function") return;
    proto[name] = function (...args) {
      try { note(how, text(args)); } catch (e) { /* never break the page */ }
      return original.apply(this, args);
    };
  }
  const html = (n) => (n && (n.outerHTML || n.textContent)) || "";
  wrap(Document.prototype, "write", "document.write", (a) => a.join(""));
  wrap(Document.prototype, "writeln", "document.writeln", (a) => a.join(""));
  wrap(Element.prototype, "insertAdjacentHTML", "insertAdjacentHTML", (a) => a[1]);
  wrap(Node.prototype, "appendChild", "appendChild", (a) => html(a[0]));
  wrap(Node.prototype, "insertBefore", "insertBefore", (a) => html(a[0]));
  for (const name of ["append", "prepend", "after", "before", "replaceWith"]) {
    wrap(Element.prototype, name, name, (a) => a.map((n) => html(n) || String(n)).join(""));
  }
  for (const prop of ["innerHTML", "outerHTML"]) {
    const d = Object.getOwnPropertyDescriptor(Element.prototype, prop);
    Object.defineProperty(Element.prototype, prop, {
      ...d,
      set(value) {
        try { note(prop, value); } catch (e) { /* never break the page */ }
        return d.set.call(this, value);
      },
    });
  }
})();
