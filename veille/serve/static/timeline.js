// Timeline page: events per period as stacked SVG bars, coloured by PLOVER type (colours from the legend).
"use strict";
(function () {
  const box = document.getElementById("chart");
  if (!box) return;
  const ns = "http://www.w3.org/2000/svg";

  function colour(type) {
    const swatch = document.querySelector(".plover-legend .plover-" + type);
    return swatch ? getComputedStyle(swatch).backgroundColor : "#888";
  }

  function el(name, attrs) {
    const node = document.createElementNS(ns, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  fetch(box.dataset.src, {headers: {"Accept": "application/json"}})
    .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
    .then(function (data) {
      const periods = data.periods;
      box.dataset.periods = String(periods.length);
      if (!periods.length) { box.dataset.state = "ready"; return; }
      const w = Math.max(600, box.clientWidth || 800), h = 260, pad = 30;
      const max = Math.max.apply(null, periods.map(function (p) { return p.total; }));
      const bw = Math.max(2, (w - 2 * pad) / periods.length - 2);
      const svg = el("svg", {viewBox: "0 0 " + w + " " + h, width: "100%", height: h});
      periods.forEach(function (p, i) {
        let y = h - pad;
        const x = pad + i * (bw + 2);
        data.types.forEach(function (t) {
          const n = p.counts[t] || 0;
          if (!n) return;
          const bh = (h - 2 * pad) * n / max;
          y -= bh;
          const rect = el("rect", {x: x, y: y, width: bw, height: bh, fill: colour(t)});
          const tip = el("title", {});
          tip.textContent = p.period + " " + t + " : " + n;
          rect.appendChild(tip);
          svg.appendChild(rect);
        });
      });
      const first = el("text", {x: pad, y: h - 8, "font-size": 11});
      first.textContent = periods[0].period;
      const last = el("text", {x: w - pad, y: h - 8, "font-size": 11, "text-anchor": "end"});
      last.textContent = periods[periods.length - 1].period;
      const top = el("text", {x: 2, y: pad, "font-size": 11});
      top.textContent = String(max);
      svg.appendChild(first); svg.appendChild(last); svg.appendChild(top);
      box.appendChild(svg);
      box.dataset.state = "ready";
    })
    .catch(function (err) { box.textContent = "Chronologie indisponible : " + err.message; });
})();
