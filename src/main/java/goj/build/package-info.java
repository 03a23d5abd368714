/**
 * Around the pipeline, build: where the Go sources are, which files make a package, and how the
 * stages are driven.
 *
 * <p>Takes: command-line paths and the environment. Gives: a resolved Go 1.27 GOROOT (fetching
 * one into goj's cache when none is installed), the set of files of each package after build
 * constraints for linux/amd64, the packages a program imports (resolved, ordered for
 * initialization, type-checked), the compiled classes of a program, and the jar that
 * {@code goj build} writes.
 */
package goj.build;
