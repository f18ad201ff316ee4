// static methods, getters and setters live on the class itself, with this bound to the class
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Registry {
  static register(name) {
    if (!this.names) this.names = [];
    this.names.push(name);
    return this;
  }
  static get size() {
    return this.names ? this.names.length : 0;
  }
  static set last(name) {
    this.register(name);
  }
  instanceMethod() {
    return 'instance';
  }
}
console.log(Registry.size);
Registry.register('a').register('b');
Registry.last = 'c';
console.log(Registry.size, Registry.names.join(','));
console.log(typeof Registry.prototype.register, typeof Registry.instanceMethod);
console.log(typeof new Registry().instanceMethod, typeof new Registry().register);
const detached = Registry.register;
try {
  detached('x');
} catch (e) {
  console.log(e instanceof TypeError);
}
