// reading a private field from an object of another class is an uncaught TypeError
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Wallet {
  #balance = 10;
  static balanceOf(w) {
    return w.#balance;
  }
}
console.log(Wallet.balanceOf(new Wallet()));
console.log(Wallet.balanceOf({ balance: 99 }));
console.log('not printed');
