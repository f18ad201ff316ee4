// class methods and accessors are not enumerable, so for-in lists only fields and assigned properties
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Base {
  baseField = 1;
  baseMethod() {}
  static staticMethod() {}
}
class Derived extends Base {
  derivedField = 2;
  constructor() {
    super();
    this.assigned = 3;
  }
  derivedMethod() {}
  get accessor() {
    return 4;
  }
}
Derived.prototype.addedLater = function () {};
const keys = [];
for (const key in new Derived()) keys.push(key);
console.log(keys.join(','));
const staticKeys = [];
for (const key in Derived) staticKeys.push(key);
console.log(staticKeys.length);
console.log(Derived.prototype.propertyIsEnumerable('derivedMethod'));
console.log(Derived.prototype.propertyIsEnumerable('addedLater'));
