// private names after '?.' and later in an optional chain
// RUN: %astdiff %s

class C {
  #x;
  m(o) {
    o?.#x;
    o?.a.#x;
    o?.#x.y;
    o?.[0].#x;
  }
}
