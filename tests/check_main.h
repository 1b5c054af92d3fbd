/*
 * check_main.h - the runner shared by the Check suites in tests/.
 *
 * check_run() runs a suite with Check's normal output, whose summary line
 * "NN%: Checks: N, Failures: F, Errors: E" tests/run_all.sh adds up, and
 * returns the number of tests that did not pass.  Every failure counts: a
 * suite that fails exits with EXIT_FAILURE.
 *
 *   PII_CHECK_MAIN(my_suite)      the whole main() of a file that needs no
 *                                 set-up: int main(void) running my_suite()
 *
 * A file with set-up or clean-up around the run writes its own main() and
 * returns check_status(check_run(my_suite())).
 */
#ifndef PII_TESTS_CHECK_MAIN_H
#define PII_TESTS_CHECK_MAIN_H

#include <check.h>
#include <stdlib.h>

/* Run s (the runner takes it over) with fork mode fstat: CK_FORK_GETENV,
 * Check's default, follows the environment (meson sets CK_FORK=no);
 * CK_NOFORK runs every test in this process whatever CK_FORK says.
 * Returns the number of tests that failed or raised an error. */
static inline int check_run_fork(Suite *s, enum fork_status fstat)
{
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, fstat);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed;
}

/* Run s in the fork mode the environment asks for (CK_FORK). */
static inline int check_run(Suite *s)
{
    return check_run_fork(s, CK_FORK_GETENV);
}

/* The exit status of a test program that counted failed tests. */
static inline int check_status(int failed)
{
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* main() for a file whose suite needs no set-up: suite_fn is a function
 * Suite *suite_fn(void). */
#define PII_CHECK_MAIN(suite_fn)                                                                   \
    int main(void)                                                                                 \
    {                                                                                              \
        return check_status(check_run(suite_fn()));                                                \
    }

#endif /* PII_TESTS_CHECK_MAIN_H */
