// methods that return this can be chained, including across inherited methods
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class QueryBuilder {
  constructor(table) {
    this.parts = ['SELECT * FROM ' + table];
  }
  where(condition) {
    this.parts.push('WHERE ' + condition);
    return this;
  }
  limit(n) {
    this.parts.push('LIMIT ' + n);
    return this;
  }
  build() {
    return this.parts.join(' ');
  }
}
class OrderedQueryBuilder extends QueryBuilder {
  orderBy(column) {
    this.parts.push('ORDER BY ' + column);
    return this;
  }
}
console.log(new QueryBuilder('users').where('age > 18').limit(10).build());
const q = new OrderedQueryBuilder('posts');
console.log(q.where('draft = 0').orderBy('date').limit(5) === q);
console.log(q.build());
