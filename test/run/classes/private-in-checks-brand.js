// #x in obj tests whether obj carries the class's private field, without throwing
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Token {
  #value;
  constructor(v) {
    this.#value = v;
  }
  static isToken(o) {
    return #value in o;
  }
  static valueOf(o) {
    return #value in o ? o.#value : 'not a token';
  }
}
class Derived extends Token {}
console.log(Token.isToken(new Token(1)), Token.isToken({}), Token.isToken(new Derived(2)));
console.log(Token.valueOf(new Derived('inherited field')), Token.valueOf([]));
try {
  Token.isToken(42);
} catch (e) {
  console.log(e instanceof TypeError);
}
