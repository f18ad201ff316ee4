// object spread reads getters on the source and copies their values as plain data properties
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let reads = 0;
const source = {
  plain: 1,
  get computed() {
    reads++;
    return 'computed #' + reads;
  },
};
const copy = { ...source };
console.log(copy, reads);
console.log(copy.computed, copy.computed, reads);
const target = {
  set computed(v) {
    console.log('not printed: spread defines, it does not assign through setters');
  },
  ...source,
};
console.log(target.computed, reads);
