// The kiln command: dispatches to sub-commands. Exit status: 0 success; 1 the input program is
// not valid JavaScript; 2 bad usage or unreadable input; 3 valid JavaScript kiln cannot compile
// yet; anything else is a failure of kiln.
#include <cstdio>
#include <cstring>
#include <string>

#include "codegen/Targets.h"
#include "driver/Commands.h"

namespace {

void printUsage(FILE *out) {
  std::fputs("usage: kiln <command> [options]\n"
             "\n"
             "commands:\n"
             "  parse FILE [--module|--script] [--dump-ast=json] [--stats]\n"
             "      parse FILE and report syntax errors; --dump-ast=json prints the ESTree AST\n"
             "      (acorn's conventions); --stats prints parse time and memory on stderr.\n"
             "      The goal is module for .mjs files and script otherwise unless given.\n"
             "  build FILE [-o OUT] [-O0|-O1|-O2|-O3] [--emit=kir|llvm|asm|obj] [--target=TRIPLE] [--static] [-v]\n"
             "      compile FILE (CommonJS module code) to a native executable\n"
             "  run [options] FILE [ARGS...]\n"
             "      compile FILE and run it with ARGS\n"
             "  version\n"
             "      print kiln's version and the LLVM targets it can generate code for\n",
             out);
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 2) {
    printUsage(stderr);
    return 2;
  }
  std::string command = argv[1];
  if (command == "parse")
    return kiln::driver::runParse(argc - 2, argv + 2);
  if (command == "build")
    return kiln::driver::runBuild(argc - 2, argv + 2);
  if (command == "run")
    return kiln::driver::runRun(argc - 2, argv + 2);
  if (command == "version" || command == "--version") {
    std::printf("kiln 0.1.0 (LLVM %s; targets:", kiln::codegen::llvmVersion().c_str());
    for (const std::string &target : kiln::codegen::registeredTargets())
      std::printf(" %s", target.c_str());
    std::printf(")\n");
    return 0;
  }
  if (command == "help" || command == "--help" || command == "-h") {
    printUsage(stdout);
    return 0;
  }
  std::fprintf(stderr, "kiln: error: unknown command '%s'\n", command.c_str());
  printUsage(stderr);
  return 2;
}
