// public instance and static fields with identifier, string, numeric and computed keys
// RUN: %astdiff %s

class Fields {
  plain;
  initialized = 1;
  'quoted' = 2;
  42 = 3;
  [computed] = 4;
  static staticField = 5;
  static [computedStatic];
  thisUse = this.initialized;
  arrow = () => this;
  multiple = 1; another = 2;
}
