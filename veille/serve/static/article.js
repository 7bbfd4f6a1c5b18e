// Article page: select an event to highlight its evidence and trigger; open an actor from a mention.
"use strict";
(function () {
  const text = document.getElementById("text");
  if (!text) return;

  function has(list, index) {
    return (list || "").split(" ").indexOf(String(index)) >= 0;
  }

  function select(item) {
    const index = item.dataset.event;
    const on = item.getAttribute("aria-pressed") !== "true";
    document.querySelectorAll("li.event[aria-pressed]").forEach(function (li) {
      li.setAttribute("aria-pressed", "false");
      li.classList.remove("selected");
    });
    text.querySelectorAll(".ev").forEach(function (el) {
      el.classList.remove("selected", "trigger-on");
    });
    if (!on) return;
    item.setAttribute("aria-pressed", "true");
    item.classList.add("selected");
    let first = null;
    text.querySelectorAll(".ev").forEach(function (el) {
      if (has(el.dataset.events, index)) {
        el.classList.add("selected");
        first = first || el;
      }
      if (has(el.dataset.triggers, index)) el.classList.add("trigger-on");
    });
    if (first) first.scrollIntoView({block: "center", behavior: "smooth"});
  }

  document.querySelectorAll("li.event").forEach(function (li) {
    li.addEventListener("click", function () { select(li); });
    li.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(li); }
    });
  });

  text.addEventListener("click", function (e) {
    const mark = e.target.closest("mark[data-href]");
    const href = mark && mark.dataset.href;
    if (href && /^\/actors\/[0-9]+$/.test(href)) window.location.assign(href);
  });
})();
