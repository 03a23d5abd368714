package goj.testdir;

import java.util.ArrayList;
import java.util.List;

/**
 * What goj does with the gc flags a test header gives (the reference toolchain gets them as
 * they are). Three sorts:
 * <ul>
 * <li>flags that make gc print its optimiser's or runtime's own findings ({@code -m} escape
 *     analysis, {@code -live}, {@code -d=ssa/...}, {@code -wb}, {@code -d=nil}, ...) or compile
 *     runtime-internal code ({@code -+}, {@code -std}) or need gc's sanitizers ({@code -race},
 *     {@code -asan}, {@code -msan}): in an errorcheck test the ERROR comments then describe gc's
 *     internals, not the language, so the test is skipped as {@code gc-only:FLAG}; sanitizers skip
 *     any kind;</li>
 * <li>flags that only steer gc's code generation or linking ({@code -l}, {@code -N}, {@code -B},
 *     {@code -c=N}, {@code -d=...} outside errorcheck, {@code -d=panic}, {@code -gcflags=...},
 *     {@code -ldflags ...}, {@code -dynlink}, {@code -smallframes} outside errorcheck): dropped;</li>
 * <li>the rest ({@code -lang=}, {@code -p=}, {@code -complete}, {@code -tags X}, {@code -e=0},
 *     anything unknown): passed to goj, which reports what it does not understand.</li>
 * </ul>
 * {@code -goexperiment} and {@code -godebug} never reach here: they become GOEXPERIMENT and
 * GODEBUG in goj's environment, as for gc.
 */
public final class GojFlags {
    private GojFlags() {}

    /** The flags for goj, or why the test is skipped (then {@code skip} is non-null). */
    public record Adapted(List<String> flags, String skip) {}

    public static Adapted adapt(String action, List<String> flags) {
        boolean errorcheck = action.startsWith("errorcheck");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            String f = flags.get(i);
            int eq = f.indexOf('=');
            String name = eq < 0 ? f : f.substring(0, eq);
            String value = eq < 0 ? "" : f.substring(eq + 1);
            switch (name) {
                case "-race", "-asan", "-msan" -> {
                    return new Adapted(List.of(), "gc-only:" + name);
                }
                case "-m", "-live", "-wb", "-S", "-json", "-+", "-std", "-smallframes", "-spectre" -> {
                    if (errorcheck) return new Adapted(List.of(), "gc-only:" + name);
                }
                case "-d" -> {
                    if (errorcheck && !value.equals("panic")) return new Adapted(List.of(), "gc-only:-d=" + value);
                }
                case "-l", "-N", "-B", "-c", "-dynlink", "-k", "-w", "-strictdups", "-C" -> { }
                case "-gcflags", "--gcflags" -> {
                    if (eq < 0) i++; // the value is the next word
                }
                case "-ldflags" -> {
                    return new Adapted(List.copyOf(out), null); // the rest are linker flags
                }
                case "-tags" -> {
                    out.add(f);
                    if (eq < 0 && i + 1 < flags.size()) out.add(flags.get(++i));
                }
                default -> out.add(f);
            }
        }
        return new Adapted(List.copyOf(out), null);
    }
}
