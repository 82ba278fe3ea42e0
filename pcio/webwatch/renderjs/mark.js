// After load: mark what a visitor cannot see, as computed by the browser (display,
// visibility, opacity, boxes off-screen or of no size, clip, tiny fonts, text coloured like
// its background), with hidden and data-pcio-hidden="why", then return the DOM and the
// recorded writes. The outermost hidden element is marked; its children go with it.
() => {
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "BR", "HEAD", "META",
                        "LINK", "TITLE", "HTML", "BODY"]);
  const width = Math.max(document.documentElement.scrollWidth, innerWidth);
  function rgb(value) {
    const m = (value || "").match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
    return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : null;
  }
  function background(el) {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0.5) return c;
      if (getComputedStyle(e).backgroundImage !== "none") return null;  // cannot tell
    }
    return [255, 255, 255, 1];
  }
  function ownText(el) {
    for (const n of el.childNodes) {
      if (n.nodeType === 3 && n.textContent.trim().length > 1) return true;
    }
    return false;
  }
  function why(el, s) {
    if (s.display === "none") return "display:none";
    if (s.visibility === "hidden" || s.visibility === "collapse") return "visibility:hidden";
    if (parseFloat(s.opacity) < 0.05) return "opacity:0";
    if (s.clip && /rect\(0px,? 0px,? 0px,? 0px\)/.test(s.clip)) return "clip";
    if (/inset\((?:50|100)%\)/.test(s.clipPath)) return "clip-path";
    const r = el.getBoundingClientRect();
    const left = r.left + scrollX, top = r.top + scrollY;
    if (r.width > 0 && (left + r.width <= 0 || top + r.height <= 0 || left >= width + 500)) {
      return "off-screen";
    }
    const text = (el.textContent || "").trim().length > 1;
    if (text && (r.width < 2 || r.height < 2) && s.overflow !== "visible") return "zero-size";
    if (text && parseFloat(s.fontSize) < 2) return "font-size";
    if (text && parseFloat(s.textIndent) < -999) return "text-indent";
    if (ownText(el)) {
      const fg = rgb(s.color), bg = background(el);
      if (fg && fg[3] < 0.05) return "color:transparent";
      if (fg && bg && Math.abs(fg[0] - bg[0]) + Math.abs(fg[1] - bg[1])
          + Math.abs(fg[2] - bg[2]) < 24) return "color:same-as-background";
    }
    return "";
  }
  const marks = [];
  const hidden = new Set();
  for (const el of document.body ? document.body.querySelectorAll("*") : []) {
    if (SKIP.has(el.tagName) || (el.parentElement && hidden.has(el.parentElement))) {
      if (el.parentElement && hidden.has(el.parentElement)) hidden.add(el);
      continue;
    }
    const reason = why(el, getComputedStyle(el));
    if (reason) {
      hidden.add(el);
      marks.push([el, reason]);
    }
  }
  for (const [el, reason] of marks) {
    el.setAttribute("hidden", "");
    el.setAttribute("data-pcio-hidden", reason);
  }
  const doctype = document.doctype ? "<!doctype html>" : "";
  return { html: doctype + document.documentElement.outerHTML,
           writes: (window.__pcioWrites || []).slice(0, 300) };
}
