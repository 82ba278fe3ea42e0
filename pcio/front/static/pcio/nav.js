/* The phone menu's button. Loaded in <head> without defer so the "js" class is set before
   the first paint: without JavaScript the menu stays open and the button stays hidden. */
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", () => {
  const button = document.querySelector(".nav-button");
  const nav = document.getElementById(button && button.getAttribute("aria-controls"));
  if (!nav) return;
  const show = (open) => {
    button.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("open", open);
  };
  button.addEventListener("click", () => show(button.getAttribute("aria-expanded") !== "true"));
  // Escape closes the menu and gives focus back to its button, as a disclosure should.
  nav.addEventListener("keydown", (event) => {
    if (event.key === "Escape") { show(false); button.focus(); }
  });
});
