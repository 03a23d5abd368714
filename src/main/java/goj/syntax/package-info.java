/**
 * Stage 1, syntax: Go source text to syntax trees.
 *
 * <p>Takes: the bytes of one Go source file and a name for it. Gives: a {@link goj.syntax} file
 * tree whose every node carries an exact position (file, line, column, byte offset, honouring
 * {@code //line} directives), with comments and compiler directives kept, plus the syntax errors
 * found, each worded as gc words it. Never throws on bad input.
 */
package goj.syntax;
