package goj.syntax;

/** A comment, with its full text including {@code //} or {@code /* *}{@code /}. */
public record Comment(Pos pos, String text) {}
