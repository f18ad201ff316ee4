// object patterns in let, const and var declarations bind properties by name, with renaming
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const user = { name: 'ada', age: 36, city: 'london' };
const { name, age } = user;
let { city: town, missing } = user;
var { age: years } = user;
console.log(name, age, town, missing, years);
town = 'paris';
console.log(town, user.city);
const { length } = 'hello';
const { toFixed } = 1.5;
console.log(length, typeof toFixed);
const proto = { inherited: 'from prototype' };
const child = Object.create(proto);
child.own = 'own';
const { own, inherited } = child;
console.log(own, inherited);
const { 'quoted key': quoted, 42: answer } = { 'quoted key': 'q', 42: 'forty-two' };
console.log(quoted, answer);
