// a get/set pair in an object literal forms one accessor property run on reads and writes
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const account = {
  cents: 1050,
  get dollars() {
    return this.cents / 100;
  },
  set dollars(value) {
    console.log('setter called with', value);
    this.cents = Math.round(value * 100);
  },
};
console.log(account.dollars);
account.dollars = 3.5;
console.log(account.cents, account.dollars);
account.dollars += 1;
console.log(account.cents);
const desc = Object.getOwnPropertyDescriptor(account, 'dollars');
console.log(typeof desc.get, typeof desc.set, 'value' in desc, desc.enumerable);
const keys = [];
for (const k in account) keys.push(k);
console.log(keys.join(','));
