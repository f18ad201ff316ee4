// spread follows an array's [Symbol.iterator], so an own override changes what it yields
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const plain = [1, 2, 3];
plain.extra = 'not an element';
console.log([...plain]);
const backwards = [1, 2, 3];
backwards[Symbol.iterator] = function () {
  let i = this.length;
  const self = this;
  return { next: () => (i > 0 ? { value: self[--i], done: false } : { done: true }) };
};
console.log([...backwards]);
const parts = [];
for (const v of backwards) parts.push(v);
console.log(parts.join(''));
function firstTwo(a, b) {
  return a + ',' + b;
}
console.log(firstTwo(...backwards));
const arrayLike = { length: 2, 0: 'a', 1: 'b' };
try {
  console.log([...arrayLike]);
} catch (e) {
  console.log('array-likes are not iterable:', e.name);
}
