// object spread skips inherited and non-enumerable properties, and copies symbol keys
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const proto = { inherited: 'not copied' };
const source = Object.create(proto);
source.own = 'copied';
Object.defineProperty(source, 'hidden', { value: 'not copied', enumerable: false });
const tag = Symbol('tag');
source[tag] = 'symbol copied';
const copy = { ...source };
console.log(copy.own, copy.inherited, copy.hidden, copy[tag]);
console.log(Object.keys(copy));
class Point {
  constructor() {
    this.x = 1;
  }
  method() {}
}
const fromInstance = { ...new Point() };
console.log(fromInstance, typeof fromInstance.method);
