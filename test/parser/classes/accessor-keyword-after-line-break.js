// 'get', 'set' and 'static' still apply across a line break when a member name follows
// RUN: %astdiff %s

class C {
  get
  x() { return 1; }
  set
  x(v) {}
  static
  y() {}
  static
  async
  *z() {}
}
