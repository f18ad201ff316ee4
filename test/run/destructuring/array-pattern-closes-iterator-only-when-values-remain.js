// return() is not called when the pattern exhausts the iterator or a rest element drains it, only when values remain
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function letters(text) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          return i < text.length ? { value: text[i++], done: false } : { value: 'ignored', done: true };
        },
        return() {
          console.log('return called for', text);
          return {};
        },
      };
    },
  };
}
const [a, b, c] = letters('ab');
console.log(a, b, c);
const [x, ...rest] = letters('xyz');
console.log(x, rest);
const [p] = letters('pq');
console.log(p);
