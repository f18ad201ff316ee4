// object spread sources and literal properties are processed left to right, reading getters as they go
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const log = [];
function tracked(name, keys) {
  const obj = {};
  for (const key of keys) {
    Object.defineProperty(obj, key, {
      enumerable: true,
      get() {
        log.push(name + '.' + key);
        return name;
      },
    });
  }
  return obj;
}
function key(k) {
  log.push('key ' + k);
  return k;
}
const result = {
  ...tracked('first', ['a', 'b']),
  [key('b')]: 'literal',
  ...tracked('second', ['c', 'a']),
};
console.log(result);
console.log(log.join(', '));
const numbered = { ...{ b: 1, 2: 'two', a: 2, 1: 'one' } };
console.log(numbered);
