// object rest copies the remaining own enumerable properties into a fresh object
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const { id, password, ...publicFields } = { id: 7, name: 'ada', password: 'secret', role: 'admin' };
console.log(id, password, publicFields);
const proto = { inherited: true };
const source = Object.create(proto);
source.own = 1;
source.other = 2;
Object.defineProperty(source, 'hidden', { value: 'not enumerable', enumerable: false });
const { own, ...others } = source;
console.log(own, others, 'inherited' in others, Object.getPrototypeOf(others) === Object.prototype);
const key = 'other';
const { [key]: picked, ...remaining } = source;
console.log(picked, remaining);
const { ...empty } = {};
console.log(empty);
const { 0: zero, ...letters } = 'xyz';
console.log(zero, letters);
const original = { nested: { deep: 1 }, flat: 2 };
const { ...shallow } = original;
console.log(shallow.nested === original.nested, shallow !== original);
