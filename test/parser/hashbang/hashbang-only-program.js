#! nothing else
// RUN: %astdiff %s
// a program may consist of a hashbang and comments only
