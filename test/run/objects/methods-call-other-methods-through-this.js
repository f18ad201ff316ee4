// methods reach their object's other properties and methods through this
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var account = {
  owner: 'ann',
  balance: 0,
  history: [],
  record(entry) {
    this.history[this.history.length] = entry;
  },
  deposit(amount) {
    this.balance += amount;
    this.record('+' + amount);
    return this.summary();
  },
  withdraw(amount) {
    if (amount > this.balance) {
      this.record('refused ' + amount);
      return this.summary();
    }
    this.balance -= amount;
    this.record('-' + amount);
    return this.summary();
  },
  summary() {
    return this.owner + ': ' + this.balance;
  },
};
console.log(account.deposit(100));
console.log(account.withdraw(30));
console.log(account.withdraw(500));
console.log(account.history);
