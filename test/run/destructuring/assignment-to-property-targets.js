// destructuring assignment can store into properties and elements, not just variables
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const src = { x: 1, y: 2, list: [3, 4] };
const obj = {};
({ x: obj.y, y: obj['x'] } = src);
console.log(obj);
const target = [];
[target[1], target[0]] = ['second', 'first'];
console.log(target);
const deep = { inner: {} };
({ list: [deep.inner.a, deep.inner.b] } = src);
console.log(deep);
const withSetter = {
  set value(v) {
    console.log('setter got', v);
  },
};
[withSetter.value] = ['through a setter'];
({ x: withSetter.value } = src);
let count;
({ length: count } = 'four');
console.log(count);
