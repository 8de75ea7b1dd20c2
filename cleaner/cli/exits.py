"""Exit codes, one definition for every command (documented in the README).

The filter and `rules`: 0 ok; 1 some input could not be cleaned (or a rule test failed, or a
file could not be written, or stdout could not be written); 2 usage; 4 a rule file is invalid; 123
internal error; 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).
`fix` and `check` use black's: 0 nothing to change, 1 changed or would change, 123 a file could
not be fixed.
"""

OK = 0
INPUT_FAILED = 1  # some input could not be cleaned; each reported, the rest written
FAILED = 1  # `rules`: a test case fails, or a file cannot be written
CHANGES = 1  # `fix` / `check`: a file changed, or would change
USAGE = 2
RULE_ERROR = 4
INTERNAL = 123
OUTPUT_FAILED = 1  # stdout cannot be written (a full disk, closed): the run stops, said in one line
INTERRUPTED = 130  # 128 + SIGINT
TERMINATED = 143  # 128 + SIGTERM
