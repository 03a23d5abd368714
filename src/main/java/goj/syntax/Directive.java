package goj.syntax;

/**
 * A compiler directive comment such as {@code //go:noinline}; {@code text} is the comment text after
 * the {@code //} (e.g. {@code "go:linkname x y"}); {@code pos} is that of the text (after //);
 * {@code ownLine}: nothing precedes it on its line (gc ignores, and reports, directives after code).
 */
public record Directive(Pos pos, String text, boolean ownLine) {
    /** The directive's name, e.g. {@code "go:noinline"}. */
    public String name() {
        int i = 0;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
        return text.substring(0, i);
    }

    /** The space-separated arguments after the name. */
    public java.util.List<String> args() {
        String rest = text.substring(name().length()).strip();
        return rest.isEmpty() ? java.util.List.of() : java.util.List.of(rest.split("\\s+"));
    }
}
