// super() in derived constructors (also through arrows); super.x in methods, accessors, fields and static blocks
// RUN: %astdiff %s

class Base {}
class Derived extends Base {
  constructor() {
    const f = () => super();
    super();
    super.method();
  }
  method() { return super.method() + super['x']; }
  static s() { return super.s; }
  field = super.x;
  static { super.y; }
  get g() { return super.g; }
  arrow = () => super.z;
}
const object = {
  __proto__: proto,
  method() { return super.method(); },
  get x() { return super.x; },
  set x(v) { super.x = v; },
};
