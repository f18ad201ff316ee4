// calling a class like a function is an uncaught TypeError naming the class
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Account {
  constructor(owner) {
    this.owner = owner;
  }
}
console.log(new Account('ada').owner);
Account('bob');
console.log('not printed');
