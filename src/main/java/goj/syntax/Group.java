package goj.syntax;

/** Identifies the declarations of one parenthesized group ({@code const ( ... )}); compare by identity. */
public final class Group {
    public Group() {}
}
