package goj.cli;

import java.util.Map;

/**
 * The page {@code goj tool ssa -html} writes: one column per pass with the function's SSA after it,
 * self-contained (inline CSS and a few lines of script, nothing fetched). Lines that differ from
 * the previous column are marked, and clicking a value name highlights it in every column, as in
 * gc's ssa.html.
 */
final class SsaHtml {
    private SsaHtml() {}

    /** The page for function {@code func} given its text after each pass, in pass order. */
    static String page(String func, Map<String, Map<String, String>> snapshots) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(esc(func)).append(" SSA</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:8px}\n")
                .append("table{border-collapse:collapse}td{vertical-align:top;border:1px solid #ccc;padding:4px}\n")
                .append("th{background:#eee;padding:4px;text-align:left}pre{margin:0;font-size:12px}\n")
                .append(".v{cursor:pointer}.hl{background:#ff0}.new{background:#dfd}\n</style></head><body>\n")
                .append("<h2>").append(esc(func)).append("</h2>\n<p>The function's SSA after building and after each pass; lines a pass changed are green. Click a value to highlight it.</p>\n")
                .append("<table><tr>");
        for (String pass : snapshots.keySet()) sb.append("<th>").append(esc(pass)).append("</th>");
        sb.append("</tr>\n<tr>");
        java.util.Set<String> previous = null;
        for (Map<String, String> fs : snapshots.values()) {
            String text = fs.getOrDefault(func, "(no such function)\n");
            sb.append("<td><pre>");
            for (String line : text.split("\n")) {
                String html = esc(line).replaceAll("\\bt(\\d+)\\b", "<span class=\"v t$1\">t$1</span>");
                boolean changed = previous != null && !previous.contains(line);
                sb.append(changed ? "<span class=\"new\">" + html + "</span>" : html).append('\n');
            }
            sb.append("</pre></td>");
            previous = new java.util.HashSet<>(java.util.List.of(text.split("\n")));
        }
        sb.append("</tr></table>\n<script>\n")
                .append("document.addEventListener('click',function(e){var c=e.target.classList;if(!c.contains('v'))return;")
                .append("var on=!c.contains('hl'),n=c[1];document.querySelectorAll('.hl').forEach(function(x){x.classList.remove('hl')});")
                .append("if(on)document.querySelectorAll('.'+n).forEach(function(x){x.classList.add('hl')});});\n")
                .append("</script>\n</body></html>\n");
        return sb.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
