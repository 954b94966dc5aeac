#!/usr/bin/env node
/**
 * Response times of the public pages, measured from outside like a visitor (sequential requests
 * after a warm-up). Start the portal first (`npm start`), then:
 *   node bench/public-pages.mjs [baseUrl] [requestsPerPage]
 * Prints median, 95th percentile and maximum per page in milliseconds. Numbers, not assertions:
 * compare them across changes on the same machine.
 */
const base = process.argv[2] ?? "http://localhost:3000";
const requests = Number(process.argv[3] ?? 50);
const pages = ["/", "/steckbriefe/tuebingen-neue-nachbarschaften", "/steckbriefe/friedrichshafen-fruehstuecksbus", "/ueber-das-programm"];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

console.log(`${base} – ${requests} Anfragen je Seite`);
console.log("Seite".padEnd(48), "Median", "  p95", "  Max", "  KB");
for (const path of pages) {
  const url = new URL(path, base);
  for (let i = 0; i < 3; i++) await (await fetch(url)).arrayBuffer(); // warm-up
  const times = [];
  let bytes = 0;
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    times.push(performance.now() - started);
    bytes = body.byteLength;
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  }
  times.sort((a, b) => a - b);
  const fmt = (ms) => ms.toFixed(1).padStart(6);
  console.log(
    path.padEnd(48),
    fmt(percentile(times, 50)),
    fmt(percentile(times, 95)),
    fmt(times.at(-1)),
    String(Math.round(bytes / 1024)).padStart(5),
  );
}
