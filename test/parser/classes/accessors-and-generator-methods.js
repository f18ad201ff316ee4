// class accessors and generator methods, instance and static, with every key kind and modifier-like names
// RUN: %astdiff %s

class Shape {
  get area() { return 0; }
  set area(value) {}
  static get unit() { return 'px'; }
  static set unit(value) {}
  *gen() { yield 1; }
  static *staticGen() {}
  async *asyncGen() {}
  static async *staticAsyncGen() { yield* other(); }
  get [computed]() {}
  set 'quoted'(v) {}
  get 1() {}
  static static() {}
  get get() {}
  set set(v) {}
  static async async() {}
  get() {}
  set() {}
  async() {}
  static() {}
}
