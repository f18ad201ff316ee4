// for-in visits an object's own enumerable keys, then enumerable keys inherited from its prototypes
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const base = { inherited: 1, shadowed: 'base' };
const middle = Object.create(base);
middle.fromMiddle = 2;
const obj = Object.create(middle);
obj.own = 3;
obj.shadowed = 'own';
Object.defineProperty(obj, 'hidden', { value: 4, enumerable: false });
const keys = [];
for (const key in obj) keys.push(key + '=' + obj[key]);
console.log(keys.join(' '));
const hiddenInherited = Object.create(base);
Object.defineProperty(hiddenInherited, 'inherited', { value: 'own but not enumerable', enumerable: false });
const visible = [];
for (const key in hiddenInherited) visible.push(key);
console.log('a non-enumerable own key hides the inherited one:', visible.join(','));
function Ctor() {
  this.field = 1;
}
Ctor.prototype.method = function () {};
for (const key in new Ctor()) console.log(key);
