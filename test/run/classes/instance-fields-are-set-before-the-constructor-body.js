// instance fields are initialised in order before the constructor body runs, and may use this
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let counter = 0;
class Ticket {
  id = ++counter;
  label = 'ticket-' + this.id;
  status;
  notes = [];
  constructor(extra) {
    console.log('in constructor:', this.id, this.label, this.status);
    this.extra = extra;
  }
}
const a = new Ticket('first');
const b = new Ticket('second');
console.log(a);
console.log(b);
a.notes.push('x');
console.log(a.notes.length, b.notes.length);
console.log(a.hasOwnProperty('status'), a.status);
