// labels on loops, blocks and plain statements; the same label reused sequentially; stacked labels
// RUN: %astdiff %s

outer: for (;;) {
  inner: for (;;) { continue outer; break inner; }
}
block: { break block; }
same: for (;;) break same;
same: while (true) continue same;
a: b: for (;;) continue a;
empty: ;
nested: { deeper: { break nested; } }
function f() { l: { } l: { } }
