// static blocks: declarations, this, super property access and new.target in their own scope
// RUN: %astdiff %s

class Config extends Base {
  static x;
  static {
    var local = 1;
    let scoped = 2;
    this.x = local + scoped;
    try { init(); } catch {}
  }
  static {}
  static { super.toString(); new.target; }
  static { let scoped = 3; }
}
