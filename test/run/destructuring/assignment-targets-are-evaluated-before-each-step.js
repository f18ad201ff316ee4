// in array destructuring assignment each target is evaluated just before its value is fetched
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const log = [];
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() {
        log.push('next');
        i++;
        return { value: 'v' + i, done: false };
      },
      return() {
        log.push('return');
        return {};
      },
    };
  },
};
const store = {};
function target(name) {
  log.push('target ' + name);
  return store;
}
[target('first').a, target('second').b] = iterable;
console.log(store);
console.log(log.join(', '));
