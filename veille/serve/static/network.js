// Network graphs (network and actor pages): nodes sized by mentions, edges by events, coloured by PLOVER type.
// Drawn with Cytoscape.js when it is installed (static/vendor/), else as a plain SVG circle.
"use strict";
(function () {
  const box = document.getElementById("graph");
  if (!box) return;
  box.style.height = box.dataset.height || "520px";

  function colour(type) {
    const swatch = document.querySelector(".plover-legend .plover-" + type);
    return swatch ? getComputedStyle(swatch).backgroundColor : "#888";
  }

  function open(id) {
    if (/^[0-9]+$/.test(String(id))) window.location.assign("/actors/" + id);
  }

  function done(n, engine) {
    box.dataset.nodes = String(n);
    box.dataset.engine = engine;
    box.dataset.state = "ready";
  }

  function withCytoscape(data) {
    const maxM = Math.max(1, ...data.nodes.map(function (n) { return n.mentions; }));
    const maxE = Math.max(1, ...data.edges.map(function (e) { return e.events; }));
    const elements = data.nodes.map(function (n) {
      return {data: {id: "n" + n.id, kb: n.id, label: n.name, size: 14 + 36 * Math.sqrt(n.mentions / maxM)}};
    }).concat(data.edges.map(function (e, i) {
      return {data: {id: "x" + i, source: "n" + e.source, target: "n" + e.target, type: e.type,
                     colour: colour(e.type), width: 1 + 7 * e.events / maxE}};
    }));
    const cy = window.cytoscape({
      container: box, elements: elements,
      layout: {name: "cose", animate: false, randomize: false, nodeRepulsion: 9000},
      style: [
        {selector: "node", style: {"label": "data(label)", "width": "data(size)", "height": "data(size)",
                                   "background-color": "#4b6584", "font-size": 10, "color": "#222",
                                   "text-valign": "bottom", "text-margin-y": 3}},
        {selector: "edge", style: {"width": "data(width)", "line-color": "data(colour)", "curve-style": "bezier",
                                   "target-arrow-shape": "triangle", "target-arrow-color": "data(colour)",
                                   "opacity": 0.8}},
      ],
    });
    cy.on("tap", "node", function (evt) { open(evt.target.data("kb")); });
    done(cy.nodes().length, "cytoscape");
  }

  function withSvg(data) {
    const ns = "http://www.w3.org/2000/svg";
    const w = box.clientWidth || 800, h = box.clientHeight || 520, r = Math.min(w, h) / 2 - 40;
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    svg.setAttribute("width", "100%");
    svg.setAttribute("height", "100%");
    const at = {};
    data.nodes.forEach(function (n, i) {
      const a = 2 * Math.PI * i / Math.max(1, data.nodes.length);
      at[n.id] = [w / 2 + r * Math.cos(a), h / 2 + r * Math.sin(a)];
    });
    data.edges.forEach(function (e) {
      const line = document.createElementNS(ns, "line");
      const p = at[e.source], q = at[e.target];
      line.setAttribute("x1", p[0]); line.setAttribute("y1", p[1]);
      line.setAttribute("x2", q[0]); line.setAttribute("y2", q[1]);
      line.setAttribute("stroke", colour(e.type));
      line.setAttribute("stroke-width", String(Math.min(8, e.events)));
      svg.appendChild(line);
    });
    data.nodes.forEach(function (n) {
      const g = document.createElementNS(ns, "g");
      g.setAttribute("class", "node");
      const c = document.createElementNS(ns, "circle");
      c.setAttribute("cx", at[n.id][0]); c.setAttribute("cy", at[n.id][1]);
      c.setAttribute("r", String(5 + Math.min(20, Math.sqrt(n.mentions) * 3)));
      const label = document.createElementNS(ns, "text");
      label.setAttribute("x", at[n.id][0] + 8); label.setAttribute("y", at[n.id][1] - 8);
      label.textContent = n.name;
      g.appendChild(c); g.appendChild(label);
      g.addEventListener("click", function () { open(n.id); });
      svg.appendChild(g);
    });
    box.appendChild(svg);
    done(data.nodes.length, "svg");
  }

  fetch(box.dataset.src, {headers: {"Accept": "application/json"}})
    .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
    .then(function (data) {
      if (!data.nodes.length) {
        box.textContent = "Aucun événement pour ces filtres.";
        done(0, "none");
      } else if (window.cytoscape) {
        withCytoscape(data);
      } else {
        withSvg(data);
      }
    })
    .catch(function (err) { box.textContent = "Réseau indisponible : " + err.message; box.dataset.state = "error"; });
})();
