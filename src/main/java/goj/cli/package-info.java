/**
 * The {@code goj} command line: the go command's verbs and flags ({@code run}, {@code build},
 * {@code version}, {@code env}, {@code setup}) and {@code goj tool NAME}, parsed with picocli.
 *
 * <p>Takes: arguments. Gives: an exit status as the go command would (0 ok, 1 build or
 * diagnostics failure, 2 usage); a program run with {@code goj run} exits with its own status.
 */
package goj.cli;
