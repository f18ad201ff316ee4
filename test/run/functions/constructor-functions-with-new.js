// new F() creates an object, runs F with this bound to it, and returns it
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function Point(x, y) {
  this.x = x;
  this.y = y;
  this.norm1 = function () {
    return Math.abs(this.x) + Math.abs(this.y);
  };
}
var p = new Point(3, -4);
console.log(p.x, p.y, p.norm1());
var q = new Point(1, 2);
q.x = 10;
console.log(q.x, p.x, q.norm1(), p instanceof Point);
function Counter() {
  this.n = 0;
}
var c = new Counter;
c.n += 5;
console.log(c.n, typeof c);
function Empty() {}
var e = new Empty();
console.log(typeof e, e instanceof Empty, e instanceof Point);
function Account(owner, balance = 0) {
  this.owner = owner;
  this.balance = balance;
  this.deposit = function (amount) {
    this.balance += amount;
    return this.balance;
  };
}
var acct = new Account('ann');
acct.deposit(50);
console.log(acct.owner, acct.deposit(25));
