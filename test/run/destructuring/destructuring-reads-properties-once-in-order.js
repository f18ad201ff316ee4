// each property in a pattern is read exactly once, left to right, running getters
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const log = [];
const source = {
  get a() {
    log.push('get a');
    return 'A';
  },
  get b() {
    log.push('get b');
    return { get c() { log.push('get c'); return 'C'; } };
  },
  get d() {
    log.push('get d');
    return undefined;
  },
};
const { b: { c }, a, d = (log.push('default d'), 'D') } = source;
console.log(a, c, d);
console.log(log.join(', '));
