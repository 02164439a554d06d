#!/usr/bin/env node
// Writes themes/default/data/uk-outline.json: a small, simplified outline of the United Kingdom
// and Ireland (for context) in WGS84 longitude/latitude, which the generator projects into the
// SVG maps at build time. Source: Natural Earth 1:50m admin 0 countries (public domain), as the
// TopoJSON in the npm package world-atlas@2 (pinned in package.json).
//
// Run after `npm ci --prefix themes/default`:   node themes/default/scripts/make-uk-outline.js
// The output is deterministic: same input, same bytes.
"use strict";
const fs = require("fs");
const path = require("path");

const theme = path.resolve(__dirname, "..");
const topo = JSON.parse(fs.readFileSync(path.join(theme, "node_modules/world-atlas/countries-50m.json"), "utf8"));
const TOLERANCE = 0.01;      // degrees, Douglas-Peucker
const MIN_AREA = 0.004;      // square degrees: smaller islands are dropped
const WANTED = [["826", "United Kingdom"], ["372", "Ireland"]];

// TopoJSON arcs are quantised and delta-encoded.
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});

function arcPoints(index) {
  return index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
}

function ring(indices) {
  const points = [];
  indices.forEach((index, i) => {
    const part = arcPoints(index);
    points.push(...(i === 0 ? part : part.slice(1)));
  });
  return points;
}

function area(points) {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    sum += (points[j][0] - points[i][0]) * (points[j][1] + points[i][1]);
  }
  return Math.abs(sum / 2);
}

function simplify(points, tolerance) {
  if (points.length < 3) { return points; }
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let maxDistance = 0, index = -1;
    const [ax, ay] = points[first], [bx, by] = points[last];
    const dx = bx - ax, dy = by - ay, length = Math.hypot(dx, dy);
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i];
      const distance = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (distance > maxDistance) { maxDistance = distance; index = i; }
    }
    if (maxDistance > tolerance) { keep[index] = true; stack.push([first, index], [index, last]); }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (n) => Math.round(n * 1000) / 1000;
const countries = WANTED.map(([id, name]) => {
  const geometry = topo.objects.countries.geometries.find((g) => g.id === id);
  const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs;
  const rings = polygons
    .map((polygon) => ring(polygon[0]))                    // outer rings only
    .filter((points) => area(points) >= MIN_AREA)
    .map((points) => simplify(points, TOLERANCE).map(([x, y]) => [round(x), round(y)]))
    .filter((points) => points.length >= 4);
  return { id, name, rings };
});

const output = {
  source: "Natural Earth 1:50m Cultural Vectors, Admin 0 – Countries (public domain), via the npm package world-atlas 2.0.2",
  sourceUrl: "https://www.naturalearthdata.com/",
  generatedBy: "themes/default/scripts/make-uk-outline.js",
  tolerance: TOLERANCE,
  countries,
};
fs.mkdirSync(path.join(theme, "data"), { recursive: true });
fs.writeFileSync(path.join(theme, "data/uk-outline.json"), JSON.stringify(output) + "\n");
console.log(countries.map((c) => `${c.name}: ${c.rings.length} rings, ${c.rings.reduce((n, r) => n + r.length, 0)} points`).join("\n"));
