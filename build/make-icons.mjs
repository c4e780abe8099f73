// Draws Bid Desk's icon (a notice with a tick on a teal tile) and writes the PNG, ICO and ICNS
// files electron-builder packages, using only Node: run `node build/make-icons.mjs` after
// changing the drawing. The outputs are committed so packaging never needs an image tool.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG of `size`×`size` from straight (not premultiplied) RGBA bytes. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1); each returns whether a point is inside.
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const segment = (ax, ay, bx, by, half) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half;
};

const tile = roundedRect(0.06, 0.06, 0.94, 0.94, 0.19);
const sheet = roundedRect(0.27, 0.17, 0.73, 0.81, 0.04);
const lines = [
  segment(0.35, 0.3, 0.65, 0.3, 0.022),
  segment(0.35, 0.4, 0.65, 0.4, 0.022),
  segment(0.35, 0.5, 0.55, 0.5, 0.022),
];
const ring = circle(0.68, 0.7, 0.17);
const badge = circle(0.68, 0.7, 0.145);
const tick = [segment(0.61, 0.705, 0.66, 0.755, 0.025), segment(0.66, 0.755, 0.75, 0.645, 0.025)];

/** The colour at a point, painted back to front: [r, g, b, a] with components 0..1. */
function colourAt(x, y) {
  if (!tile(x, y)) return [0, 0, 0, 0];
  let colour = [0.06 + (0.07 - 0.06) * y, 0.46 - 0.16 * y, 0.43 - 0.14 * y, 1]; // teal, darker below
  if (sheet(x, y)) colour = [1, 1, 1, 1];
  if (lines.some((line) => line(x, y))) colour = [0.6, 0.79, 0.76, 1];
  if (ring(x, y)) colour = [1, 1, 1, 1];
  if (badge(x, y)) colour = [0.96, 0.62, 0.04, 1]; // amber
  if (tick.some((stroke) => stroke(x, y))) colour = [1, 1, 1, 1];
  return colour;
}

/** Render at `size` pixels with 4×4 supersampling for smooth edges. */
function render(size) {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb, ca] = colourAt(
            (px + (sx + 0.5) / n) / size,
            (py + (sy + 0.5) / n) / size,
          );
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round((r / a) * 255) : 0;
      out[i + 1] = a ? Math.round((g / a) * 255) : 0;
      out[i + 2] = a ? Math.round((b / a) * 255) : 0;
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return encodePng(size, out);
}

/** Windows .ico holding PNG images (Vista and later read PNG entries). */
function encodeIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size; // 0 means 256
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(({ png }) => png)]);
}

/** macOS .icns holding PNG images under their type codes. */
function encodeIcns(images) {
  const blocks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + blocks.reduce((sum, block) => sum + block.length, 0), 4);
  return Buffer.concat([header, ...blocks]);
}

const sizes = [16, 32, 48, 64, 128, 256, 512, 1024];
const png = Object.fromEntries(sizes.map((size) => [size, render(size)]));

mkdirSync(path.join(here, 'icons'), { recursive: true });
writeFileSync(path.join(here, 'icon.png'), png[512]);
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(path.join(here, 'icons', `${size}x${size}.png`), png[size]);
}
writeFileSync(
  path.join(here, 'icon.ico'),
  encodeIco([16, 32, 48, 256].map((size) => ({ size, png: png[size] }))),
);
writeFileSync(
  path.join(here, 'icon.icns'),
  encodeIcns([
    { type: 'ic07', png: png[128] },
    { type: 'ic08', png: png[256] },
    { type: 'ic09', png: png[512] },
    { type: 'ic10', png: png[1024] },
  ]),
);
console.log('Wrote build/icon.png, build/icons/*.png, build/icon.ico and build/icon.icns');
