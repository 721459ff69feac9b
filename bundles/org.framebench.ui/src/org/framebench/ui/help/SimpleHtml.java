package org.framebench.ui.help;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out the small HTML the guide is written in (h1, h2, p, ul/li, b, i, kbd, code) as plain text with
 * style runs, for a StyledText: SWT's Browser needs WebKitGTK, which many students' machines (and this
 * project's CI) do not have.
 */
public final class SimpleHtml {

    /** A run of the text in one style. */
    public record Run(int start, int length, Style style) {
    }

    /** How a run looks. */
    public enum Style { TITLE, HEADING, BOLD, ITALIC, KEY }

    /** The laid-out text and its styled runs. */
    public record Layout(String text, List<Run> runs) {
    }

    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z0-9!]+)[^>]*>|([^<]+)");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|nbsp|apos);");

    private SimpleHtml() {
    }

    public static Layout layout(String html) {
        StringBuilder out = new StringBuilder();
        List<Run> runs = new ArrayList<>();
        Deque<Object[]> open = new ArrayDeque<>(); // {Style, start}
        boolean inBody = !html.contains("<body");
        boolean inHead = false;
        Matcher matcher = TOKEN.matcher(html);
        while (matcher.find()) {
            if (matcher.group(3) != null) {
                if (!inBody || inHead) {
                    continue;
                }
                String text = decode(matcher.group(3).replaceAll("\\s+", " "));
                if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                    text = text.stripLeading();
                }
                out.append(text);
                continue;
            }
            boolean closing = !matcher.group(1).isEmpty();
            String tag = matcher.group(2).toLowerCase();
            switch (tag) {
                case "head" -> inHead = !closing;
                case "body" -> inBody = !closing;
                case "h1", "h2", "b", "strong", "i", "em", "kbd", "code" -> {
                    Style style = switch (tag) {
                        case "h1" -> Style.TITLE;
                        case "h2" -> Style.HEADING;
                        case "i", "em" -> Style.ITALIC;
                        case "kbd", "code" -> Style.KEY;
                        default -> Style.BOLD;
                    };
                    if (!closing) {
                        if (tag.startsWith("h")) {
                            endBlock(out);
                        }
                        open.push(new Object[] { style, out.length() });
                    } else if (!open.isEmpty()) {
                        Object[] started = open.pop();
                        trimTrailingSpace(out);
                        int start = (Integer) started[1];
                        if (out.length() > start) {
                            runs.add(new Run(start, out.length() - start, (Style) started[0]));
                        }
                        if (tag.startsWith("h")) {
                            out.append('\n');
                        }
                    }
                }
                case "p", "ul" -> endBlock(out);
                case "li" -> {
                    if (!closing) {
                        trimTrailingSpace(out);
                        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                            out.append('\n');
                        }
                        out.append("\u2022 ");
                    }
                }
                case "br" -> out.append('\n');
                default -> {
                    // html, meta, title and anything else: no text of their own
                }
            }
        }
        return new Layout(out.toString().strip(), runs);
    }

    private static void endBlock(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.length() == 0) {
            return;
        }
        while (!out.toString().endsWith("\n\n")) {
            out.append('\n');
        }
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    static String decode(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> new String(Character.toChars(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
