// object spread copies own enumerable properties in order; a later key overwrites an earlier one
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const defaults = { color: 'red', size: 'm', debug: false };
const overrides = { size: 'l', debug: true };
console.log({ ...defaults, ...overrides });
console.log({ ...overrides, ...defaults });
console.log({ ...defaults, size: 'xs' });
console.log({ size: 'xs', ...defaults });
const copy = { ...defaults };
copy.color = 'blue';
console.log(defaults.color, copy.color);
const nested = { inner: { v: 1 } };
const shallow = { ...nested };
console.log(shallow.inner === nested.inner);
console.log({ b: 1, ...{ a: 2, b: 3 }, c: 4 });
