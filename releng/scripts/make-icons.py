#!/usr/bin/env python3
"""Draws the DPIA Workbench's window icons (a white shield with a check mark on a blue rounded square) as PNGs of
16, 32, 48, 64 and 128 pixels into bundles/se.dpia.app/icons/. Plain Python (zlib), no imaging library:
every pixel is sampled 8x8 times against the shapes, so edges are antialiased at every size.
Run: python3 releng/scripts/make-icons.py"""
import math
import os
import struct
import zlib

BLUE = (31, 78, 121)
WHITE = (255, 255, 255)
TEAL = (46, 160, 140)
SIZES = (16, 32, 48, 64, 128)
SAMPLES = 8


def in_rounded_square(x, y, radius=0.2):
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return 0 <= x <= 1 and 0 <= y <= 1 and (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_shield(x, y, top=0.16, shoulder=0.48, bottom=0.88, half=0.31):
    """A shield: straight sides down to the shoulder, then curving to a point at the bottom."""
    if y < top or y > bottom:
        return False
    if y <= shoulder:
        width = half
    else:
        t = (y - shoulder) / (bottom - shoulder)
        width = half * math.sqrt(max(0.0, 1 - t * t))
    return abs(x - 0.5) <= width


def near_segment(x, y, a, b, width):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= width


def in_check(x, y, width):
    knee = (0.45, 0.64)
    return near_segment(x, y, (0.33, 0.50), knee, width) or near_segment(x, y, knee, (0.67, 0.33), width)


def colour_at(x, y, size):
    """The colour of a point, or None outside the icon."""
    check_width = 0.075 if size <= 16 else 0.06
    if not in_rounded_square(x, y):
        return None
    if in_shield(x, y):
        return TEAL if in_check(x, y, check_width) else WHITE
    return BLUE


def pixel(px, py, size):
    total = [0, 0, 0]
    covered = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            c = colour_at((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size)
            if c is not None:
                covered += 1
                for i in range(3):
                    total[i] += c[i]
    if covered == 0:
        return (0, 0, 0, 0)
    return tuple(round(t / covered) for t in total) + (round(255 * covered / SAMPLES ** 2),)


def png(size):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    folder = os.path.join(root, "bundles", "se.dpia.app", "icons")
    os.makedirs(folder, exist_ok=True)
    for size in SIZES:
        path = os.path.join(folder, "dpia-%d.png" % size)
        with open(path, "wb") as out:
            out.write(png(size))
        print(path)
