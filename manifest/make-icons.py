#!/usr/bin/env python3
"""Draws the two Teams app icons for CoordinatieBot with the Python standard library only.

  color.png   192x192, full colour: a calm teal tile with a white mark
  outline.png  32x32, the same mark in white on a transparent background

The mark: one family (the dot in the middle) with the professionals around it
(three dots) held together by one ring: "één gezin, één plan".

Run from anywhere:  python3 manifest/make-icons.py
The output is deterministic, so re-running it leaves the committed PNGs unchanged.
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
TEAL = (0x0F, 0x7C, 0x7A)  # same as accentColor in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4  # 4x4 samples per pixel for smooth edges


def png(path, width, height, rgba_rows):
    """Writes an 8-bit RGBA PNG (colour type 6)."""
    raw = b"".join(b"\x00" + bytes(row) for row in rgba_rows)  # filter 0 per row

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    data = b"\x89PNG\r\n\x1a\n"
    data += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(raw, 9))
    data += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


def mark(size):
    """The mark as a coverage function on a size x size canvas (coordinates in pixels)."""
    c = size / 2.0
    ring_r = size * 0.34     # radius of the ring through the three outer dots
    ring_w = size * 0.065    # stroke width of the ring
    dot_r = size * 0.115     # the professionals
    gap = size * 0.045       # clear space around each outer dot so the ring reads as joined, not crossed
    core_r = size * 0.15     # the family in the middle
    dots = [(c + ring_r * math.cos(a), c + ring_r * math.sin(a))
            for a in (math.radians(-90), math.radians(30), math.radians(150))]

    def inside(x, y):
        d_core = math.hypot(x - c, y - c)
        if d_core <= core_r:
            return True
        near_dot = False
        for (dx, dy) in dots:
            d = math.hypot(x - dx, y - dy)
            if d <= dot_r:
                return True
            if d <= dot_r + gap:
                near_dot = True
        d_ring = abs(math.hypot(x - c, y - c) - ring_r)
        return d_ring <= ring_w / 2 and not near_dot

    return inside


def render(size, background, scale_mark=1.0):
    """Returns RGBA rows. background None = transparent. scale_mark shrinks the mark inside the canvas."""
    inner = size * scale_mark
    offset = (size - inner) / 2.0
    inside = mark(inner)
    n = SUPERSAMPLE
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            hits = 0
            for sy in range(n):
                for sx in range(n):
                    x = px + (sx + 0.5) / n - offset
                    y = py + (sy + 0.5) / n - offset
                    if inside(x, y):
                        hits += 1
            cover = hits / (n * n)
            if background is None:
                row += [*WHITE, round(255 * cover)]
            else:
                rgb = [round(b + (w - b) * cover) for b, w in zip(background, WHITE)]
                row += [*rgb, 255]
        rows.append(row)
    return rows


def main():
    # Colour icon: full-bleed teal (Teams rounds the tile itself); the mark keeps a
    # generous margin so it survives the rounding and small renderings.
    png(os.path.join(HERE, "color.png"), 192, 192, render(192, TEAL, scale_mark=0.72))
    # Outline icon: white on transparent, nothing else (Teams tints it).
    png(os.path.join(HERE, "outline.png"), 32, 32, render(32, None, scale_mark=1.0))
    print("wrote manifest/color.png (192x192) and manifest/outline.png (32x32)")


if __name__ == "__main__":
    main()
