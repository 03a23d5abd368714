package goj.syntax;

/** Kinds of {@link BasicLit}. */
public enum LitKind { INT, FLOAT, IMAG, RUNE, STRING }
