/**
 * Draws Clearsend's icon (a speech bubble with a check mark) at every size the stores ask for,
 * as PNG, with no image library: anti-aliased by 4x4 supersampling, encoded with zlib.
 * Run: node scripts/make-icons.ts   (writes public/icon/{16,32,48,96,128}.png)
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const TEAL: [number, number, number] = [0x0f, 0x76, 0x6e];
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];

/** Which colour covers the point (x, y) in a 1x1 square, or null for transparent. */
function paint(x: number, y: number): [number, number, number] | null {
  const r = 0.18;
  const inBox = (px: number, py: number, x0: number, y0: number, x1: number, y1: number): boolean => {
    const cx = Math.min(Math.max(px, x0 + r), x1 - r);
    const cy = Math.min(Math.max(py, y0 + r), y1 - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
  // Bubble body plus a tail at the lower left.
  const inBubble = inBox(x, y, 0.04, 0.06, 0.96, 0.8) ||
    (y >= 0.7 && y <= 0.96 && x >= 0.18 && x <= 0.18 + (0.96 - y) * 1.1 && x <= 0.46);
  if (!inBubble) return null;
  // Check mark: two thick segments.
  const seg = (ax: number, ay: number, bx: number, by: number): number => {
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
  };
  const w = 0.075;
  if (seg(0.27, 0.44, 0.43, 0.6) < w || seg(0.43, 0.6, 0.74, 0.27) < w) return WHITE;
  return TEAL;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const ss = 4;
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const colour = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a++; }
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size));
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
