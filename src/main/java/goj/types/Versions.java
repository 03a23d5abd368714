package goj.types;

import goj.syntax.File;
import goj.syntax.Pos;
import goj.syntax.PosBase;
import java.util.HashMap;
import java.util.Map;

/**
 * The Go language version each file of a package is checked against, as types2 and gc decide it:
 * the package's {@code -lang} version, except in a file whose {@code //go:build} line implies a
 * version, which has that version but at least go1.21. No version (no {@code -lang}, no build
 * line) allows every feature. Versions are minor numbers of Go 1 ({@code go1.N} is N).
 */
final class Versions {
    /** The package's version ({@code -lang}), or null. */
    private final String lang;
    /** Per file (by its file base): the version it is checked against, or null for any. */
    private final Map<PosBase, String> effective = new HashMap<>();
    /** Per file: the version its {@code //go:build} line declares, or "". */
    private final Map<PosBase, String> declared = new HashMap<>();

    Versions(String lang) { this.lang = lang; }

    void addFile(File f) {
        PosBase b = f.pos().base().fileBase();
        String v = lang;
        if (minor(f.goVersion) >= 0) v = minor(f.goVersion) < 21 ? "go1.21" : f.goVersion;
        effective.put(b, v);
        declared.put(b, f.goVersion);
    }

    /** Whether the file of {@code at} may use a feature of Go 1.{@code want}. */
    boolean allow(Pos at, int want) {
        String v = at.base() == null ? lang : effective.getOrDefault(at.base().fileBase(), lang);
        return minor(v) < 0 || minor(v) >= want;
    }

    /**
     * Why a feature of Go 1.{@code want} is not allowed at {@code at}, as gc words it:
     * "requires go1.N or later" and what set the file's version.
     */
    String requires(Pos at, int want) {
        PosBase b = at.base() == null ? null : at.base().fileBase();
        String v = b == null ? lang : effective.getOrDefault(b, lang);
        String by = b != null && v != null && v.equals(declared.get(b))
                ? "file declares //go:build " + v : "-lang was set to " + lang + "; check go.mod";
        return "requires go1." + want + " or later (" + by + ")";
    }

    /** N of "go1.N" (also "go1.N.P"), 0 for "go1", or -1 for anything else. */
    private static int minor(String v) {
        if (v == null || !v.startsWith("go1")) return -1;
        if (v.equals("go1")) return 0;
        if (v.charAt(3) != '.') return -1;
        String n = v.substring(4);
        int dot = n.indexOf('.');
        if (dot >= 0) n = n.substring(0, dot);
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
