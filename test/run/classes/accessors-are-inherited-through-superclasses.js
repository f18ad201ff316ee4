// getters and setters defined on a parent class work on child instances, and a child can override one
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Person {
  constructor(first, last) {
    this.first = first;
    this.last = last;
  }
  get fullName() {
    return this.first + ' ' + this.last;
  }
  set fullName(value) {
    const space = value.indexOf(' ');
    this.first = value.slice(0, space);
    this.last = value.slice(space + 1);
  }
  get initials() {
    return this.first[0] + this.last[0];
  }
}
class Employee extends Person {
  get initials() {
    return super.initials + '!';
  }
}
class Manager extends Employee {}
const m = new Manager('Grace', 'Hopper');
console.log(m.fullName, m.initials);
m.fullName = 'Ada Lovelace';
console.log(m.first, m.last, m.fullName, m.initials);
console.log(m.hasOwnProperty('fullName'), 'fullName' in m);
