#!/usr/bin/env python3
"""Draws the Teams app icons (color.png 192x192, outline.png 32x32) with the standard library only.

The symbol is a speech bubble with three dots: a colleague taking notes in the conversation. Teams wants the colour
icon on a solid background with the symbol inside the central 96x96 area, and the outline icon white on transparent.
Run it from anywhere; it writes next to itself. The output is deterministic, so the PNGs in git can be checked with it.
"""
import os
import struct
import zlib

ACCENT = (0x0B, 0x5C, 0xAD)  # --accent in the dashboard's kollegan.css; also the manifest's accentColor
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4


def bubble_coverage(x, y):
    """1.0 where (x, y) in the unit square lies on the symbol, else 0.0."""
    # Rounded rectangle body.
    left, top, right, bottom, radius = 0.08, 0.12, 0.92, 0.72, 0.14
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    in_body = left <= x <= right and top <= y <= bottom and (x - cx) ** 2 + (y - cy) ** 2 <= radius**2
    # Tail: a triangle under the body, towards the lower left.
    ax, ay, bx, by, tx, ty = 0.22, 0.70, 0.46, 0.70, 0.18, 0.90
    d = (by - ty) * (ax - tx) + (tx - bx) * (ay - ty)
    l1 = ((by - ty) * (x - tx) + (tx - bx) * (y - ty)) / d
    l2 = ((ty - ay) * (x - tx) + (ax - tx) * (y - ty)) / d
    in_tail = l1 >= 0 and l2 >= 0 and l1 + l2 <= 1
    # Three dots punched out of the body.
    in_dot = any((x - dx) ** 2 + (y - 0.42) ** 2 <= 0.075**2 for dx in (0.30, 0.50, 0.70))
    return 1.0 if (in_body or in_tail) and not in_dot else 0.0


def render(size, inset):
    """Coverage per pixel of the symbol drawn into the square [inset, size - inset]."""
    span = size - 2 * inset
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            hits = 0.0
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    u = (px + (sx + 0.5) / SUPERSAMPLE - inset) / span
                    v = (py + (sy + 0.5) / SUPERSAMPLE - inset) / span
                    hits += bubble_coverage(u, v)
            row.append(hits / SUPERSAMPLE**2)
        rows.append(row)
    return rows


def write_png(path, width, height, rgba_rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in rgba_rows)
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))  # 8-bit RGBA
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as out:
        out.write(png)


def blend(background, foreground, alpha):
    return tuple(round(b + (f - b) * alpha) for b, f in zip(background, foreground))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    color = [[blend(ACCENT, WHITE, c) + (255,) for c in row] for row in render(192, 48)]
    write_png(os.path.join(here, "color.png"), 192, 192, color)
    outline = [[WHITE + (round(255 * c),) for c in row] for row in render(32, 1)]
    write_png(os.path.join(here, "outline.png"), 32, 32, outline)


if __name__ == "__main__":
    main()
