/**
 * Stage 4, jvm: SSA functions to JVM class files, written with {@code java.lang.classfile}.
 *
 * <p>Takes: the SSA of a package. Gives: verifiable class files (one class per Go package for
 * its functions and variables, plus classes for its types), whose line tables carry Go
 * positions, and which call only into {@link goj.rt}.
 */
package goj.jvm;
