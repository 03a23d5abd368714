package goj.testdir;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failure categories read from a tool's output: why goj could not do a test, as opposed to a
 * wrong answer. {@link #ofOutput} gives null when the output shows no such reason.
 */
public final class Categories {
    private Categories() {}

    private static final Pattern NOT_YET = Pattern.compile("goj: not yet supported: ([^\\n]*)");
    private static final Pattern IMPORT = Pattern.compile("could not import \"?([^\"\\s]+)\"?");
    private static final Pattern UNIMPLEMENTED = Pattern.compile("goj ([\\w-]+): not implemented yet");
    private static final Pattern UNKNOWN_OPTION = Pattern.compile("Unknown options?: '?(-[^'\\s,=]*)");
    private static final Pattern JVM_CRASH = Pattern.compile(
            "Exception in thread \"[^\"]*\" (?:[\\w$]+\\.)*([\\w$]+(?:Exception|Error))");
    private static final Pattern BARE_JVM_ERROR = Pattern.compile("java\\.lang\\.(StackOverflowError|OutOfMemoryError)");

    /** The first tool-level reason found in {@code out}, most telling first; null if none. */
    public static String ofOutput(String out) {
        if (out == null || out.isEmpty()) return null;
        if (out.contains("internal compiler error")) return "ice";
        Matcher m = NOT_YET.matcher(out);
        if (m.find()) return "not-yet-supported:" + clean(m.group(1));
        m = IMPORT.matcher(out);
        if (m.find()) return "import:" + clean(m.group(1));
        m = UNIMPLEMENTED.matcher(out);
        if (m.find()) return "goj-unimplemented:" + m.group(1);
        m = UNKNOWN_OPTION.matcher(out);
        if (m.find()) return "goj-flag:" + clean(m.group(1));
        m = JVM_CRASH.matcher(out);
        if (m.find()) return "jvm-crash:" + m.group(1);
        m = BARE_JVM_ERROR.matcher(out);
        if (m.find()) return "jvm-crash:" + m.group(1);
        return null;
    }

    /** A category fragment: one line, no tabs, at most 60 characters, no trailing punctuation. */
    static String clean(String s) {
        s = s.replace('\t', ' ').replace('\r', ' ').strip();
        if (s.length() > 60) s = s.substring(0, 60).strip();
        return s;
    }
}
